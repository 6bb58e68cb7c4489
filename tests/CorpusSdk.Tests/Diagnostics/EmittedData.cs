using System.Text;
using CorpusSdk.Generator.Model;
using CorpusSdk.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CorpusSdk.Tests.Diagnostics;

/// <summary>Reads the articles back out of generated code, and compares them with the extractor's models field by field.</summary>
internal static class EmittedData
{
    /// <summary>The articles as the runtime decodes them from the generated syntax trees (see <see cref="CorpusSdk.Fuzz.GeneratedData"/>).</summary>
    public static IReadOnlyList<Article> Decode(GeneratorDriverRunResult result)
        => CorpusSdk.Fuzz.GeneratedData.Decode(result.Results.SelectMany(r => r.GeneratedSources).Select(s => s.SyntaxTree));

    /// <summary>Every field of the runtime article equals the model's, ordinal (the id may have had "_2" added).</summary>
    public static void AssertSame(ArticleModel model, Article article, bool exactId = true)
    {
        if (exactId) Assert.Equal(model.Id, article.Id);
        else Assert.StartsWith(model.Id, article.Id, StringComparison.Ordinal);
        Assert.Equal(model.FileName, article.File);
        Assert.Equal(model.Source, article.Source.Name);
        Assert.Equal(PublishedDate.Parse(model.Published), article.Published);
        Assert.Equal(model.Headline, article.Headline);
        Assert.Equal(model.Dateline, article.Dateline);
        Assert.Equal(model.Paragraphs.Select(p => p.Text), article.Paragraphs);
        Assert.Equal(model.Subheadings, article.Subheadings);
        Assert.Equal(model.Captions.Select(c => (c.Text, c.Credit)), article.Captions.Select(c => (c.Text, c.Credit)));
        Assert.Equal(model.Credits.Select(c => ((int)c.Role, c.Name)), article.Credits.Select(c => ((int)c.Role, c.Name)));
        Assert.Equal(
            model.Quotes.Select(q => (q.Text, q.Speaker, q.SpeakerDescription, q.Partial, q.Paragraph, q.Line)),
            article.Quotes.Select(q => (q.Text, q.SpeakerName, q.SpeakerDescription, q.IsPartial, q.Paragraph, q.Line)));
        // A quote's speaker is looked up when asked for: nobody for a quote that names nobody, else a corpus person or nobody.
        foreach (var q in article.Quotes)
        {
            var speaker = q.Speaker;
            if (q.SpeakerName is null) Assert.Null(speaker);
        }
        Assert.True(article.People.Count <= model.People.Count);
        foreach (var p in article.People)
        {
            var m = Assert.Single(model.People, x => x.Mentions.SequenceEqual(p.Mentions) && x.Titles.SequenceEqual(p.Titles));
            Assert.Equal((int)m.Roles, (int)p.Roles);
        }
    }

    /// <summary>Every string of the model, for checks that nasty text really reached the output.</summary>
    public static IEnumerable<string> Strings(ArticleModel m)
        => new[] { m.Id, m.FileName, m.Source, m.Published, m.Headline ?? "", m.Dateline ?? "" }
            .Concat(m.Paragraphs.Select(p => p.Text)).Concat(m.Subheadings)
            .Concat(m.Captions.SelectMany(c => new[] { c.Text, c.Credit ?? "" })).Concat(m.Credits.Select(c => c.Name))
            .Concat(m.Quotes.SelectMany(q => new[] { q.Text, q.Speaker ?? "", q.SpeakerDescription ?? "" }));
}
