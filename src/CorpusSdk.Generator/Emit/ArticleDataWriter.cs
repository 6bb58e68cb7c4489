using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CorpusSdk.Generator.Model;
using CorpusSdk.Internal;

namespace CorpusSdk.Generator.Emit;

/// <summary>
/// Serialises one article and the person table into the token text that the runtime's CorpusData decodes.
/// The order of fields here and in CorpusData's readers is the format: change both together.
/// </summary>
internal static class ArticleDataWriter
{
    /// <summary>
    /// An article's two records. The article record: format version, header, then the lists. The quote record: format
    /// version, quote count, then the short fields of every quote (each ending with the UTF-8 length of its text) and
    /// the texts one after another. A block keeps its quote records together after its article records, so a query
    /// over quotes reads one dense run of bytes and never opens an article record.
    /// </summary>
    public static (string Article, string Quotes) Article(CorpusArticle corpusArticle)
    {
        var a = corpusArticle.Article;
        var w = new TokenWriter();
        w.Write(TokenFormat.Version);
        // The header, after its UTF-8 length: a reader that wants the lists jumps over it.
        var header = new TokenWriter();
        header.Write(a.Id);
        header.Write(a.FileName);
        header.Write(a.Source);
        header.Write(a.Published);
        header.Write(a.Headline);
        header.Write(a.Dateline);
        w.WriteMeasured(header);
        // The fields come after their UTF-8 length and each text's length is among them: the reader finds every text by
        // adding lengths, never by scanning a quotation.
        var q = new TokenWriter();
        q.Write(TokenFormat.Version);
        q.Write(a.Quotes.Count);
        if (a.Quotes.Count > 0)
        {
            var fields = new TokenWriter();
            var texts = new TokenWriter();
            for (var i = 0; i < a.Quotes.Count; i++)
            {
                var quote = a.Quotes[i];
                var text = TokenWriter.Escaped(quote.Text);
                fields.Write(corpusArticle.QuoteSpeakers[i]);
                fields.Write(quote.Speaker);
                fields.Write(quote.SpeakerDescription);
                fields.Write(quote.Partial);
                fields.Write(quote.Paragraph);
                fields.Write(quote.Line);
                fields.Write(Encoding.UTF8.GetByteCount(text));
                texts.WriteEscaped(text);
            }
            q.WriteMeasured(fields);
            q.WriteEscaped(texts.ToString());
        }
        // Then the lists, each decoded on first read: paragraphs and people last, so the short lists are reached without
        // stepping over them.
        w.Write(a.Subheadings);
        w.Write(a.Captions.Count);
        foreach (var c in a.Captions) { w.Write(c.Text); w.Write(c.Credit); }
        w.Write(a.Credits.Count);
        foreach (var c in a.Credits) { w.Write((int)c.Role); w.Write(c.Name); }
        w.Write(a.Paragraphs.Count);
        foreach (var p in a.Paragraphs) w.Write(p.Text);
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
        return (w.ToString(), q.ToString());
    }

    /// <summary>
    /// The person table as records: first one holding the format version, then one per person (id, name, aliases,
    /// article ids), so the runtime decodes each person the first time it is read.
    /// </summary>
    public static IReadOnlyList<string> People(CorpusModel corpus)
    {
        var header = new TokenWriter();
        header.Write(TokenFormat.Version);
        var records = new List<string>(corpus.People.Count + 1) { header.ToString() };
        foreach (var p in corpus.People)
        {
            var w = new TokenWriter();
            w.Write(p.Id);
            w.Write(p.Name);
            w.Write(p.Aliases);
            w.Write(p.ArticleIds);
            records.Add(w.ToString());
        }
        return records;
    }

    /// <summary>
    /// Articles [<paramref name="start"/>, <paramref name="end"/>) as a block's records: the article records in order,
    /// then their quote records in the same order (article k's quote record is record k + count).
    /// </summary>
    public static IReadOnlyList<string> Articles(CorpusModel corpus, int start, int end)
    {
        var records = new string[2 * (end - start)];
        for (var i = start; i < end; i++)
            (records[i - start], records[i - start + end - start]) = Article(corpus.Articles[i]);
        return records;
    }
}

/// <summary>
/// Records one after another and the UTF-8 offset where each starts, then the end ("0 4995 9012"): the two strings
/// of a CorpusData attribute, which the runtime's CorpusBlock reads back. The records stay a list: the emitter escapes
/// them straight into the generated file, with no joined copy of the whole block.
/// </summary>
internal sealed class DataBlock
{
    private DataBlock(string offsets, IReadOnlyList<string> records)
    {
        Offsets = offsets;
        Records = records;
    }

    public string Offsets { get; }

    public IReadOnlyList<string> Records { get; }

    /// <summary>The records joined (for tools and tests; the emitter writes <see cref="Records"/> one by one).</summary>
    public string Data => string.Concat(Records);

    public static DataBlock Of(IReadOnlyList<string> records)
    {
        var offsets = new StringBuilder("0");
        var offset = 0;
        foreach (var record in records)
        {
            offset += Encoding.UTF8.GetByteCount(record);
            offsets.Append(' ').Append(offset.ToString(CultureInfo.InvariantCulture));
        }
        return new DataBlock(offsets.ToString(), records);
    }
}
