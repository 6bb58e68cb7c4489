using CorpusSdk.Generator.Model;
using CorpusSdk.Internal;

namespace CorpusSdk.Generator.Emit;

/// <summary>
/// Serialises one article and the person table into the token text that the runtime's CorpusData decodes.
/// The order of fields here and in CorpusData.DecodeArticle is the format: change both together.
/// </summary>
internal static class ArticleDataWriter
{
    public static string Article(CorpusArticle corpusArticle)
    {
        var a = corpusArticle.Article;
        var w = new TokenWriter();
        w.Write(TokenFormat.Version);
        w.Write(a.Id);
        w.Write(a.FileName);
        w.Write(a.Source);
        w.Write(a.Published);
        w.Write(a.Headline);
        w.Write(a.Dateline);
        w.Write(a.Paragraphs.Count);
        foreach (var p in a.Paragraphs) w.Write(p.Text);
        w.Write(a.Subheadings);
        w.Write(a.Captions.Count);
        foreach (var c in a.Captions) { w.Write(c.Text); w.Write(c.Credit); }
        w.Write(a.Credits.Count);
        foreach (var c in a.Credits) { w.Write((int)c.Role); w.Write(c.Name); }
        w.Write(a.Quotes.Count);
        for (var i = 0; i < a.Quotes.Count; i++)
        {
            var q = a.Quotes[i];
            w.Write(corpusArticle.QuoteSpeakers[i]);
            w.Write(q.Text);
            w.Write(q.Speaker);
            w.Write(q.SpeakerDescription);
            w.Write(q.Partial);
            w.Write(q.Paragraph);
            w.Write(q.Line);
        }
        var resolved = 0;
        foreach (var index in corpusArticle.PeopleIndices) if (index >= 0) resolved++;
        w.Write(resolved);
        for (var i = 0; i < a.People.Count; i++)
        {
            if (corpusArticle.PeopleIndices[i] < 0) continue;
            var p = a.People[i];
            w.Write(corpusArticle.PeopleIndices[i]);
            w.Write(p.Mentions);
            w.Write(p.Titles);
            w.Write((int)p.Roles);
        }
        return w.ToString();
    }

    public static string People(CorpusModel corpus)
    {
        var w = new TokenWriter();
        w.Write(TokenFormat.Version);
        w.Write(corpus.People.Count);
        foreach (var p in corpus.People)
        {
            w.Write(p.Id);
            w.Write(p.Name);
            w.Write(p.Aliases);
            w.Write(p.ArticleIds);
        }
        return w.ToString();
    }
}
