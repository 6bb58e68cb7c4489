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
    /// <summary>
    /// The articles as the runtime decodes them, straight from the generated syntax trees (no emit): each block's
    /// <c>DataN()</c> u8 literal sliced by its <c>IndexN()</c> offsets, and the person table, through the runtime's own
    /// decoder: the bytes the compiler will store.
    /// </summary>
    public static IReadOnlyList<Article> Decode(GeneratorDriverRunResult result)
    {
        var members = result.Results.SelectMany(r => r.GeneratedSources)
            .SelectMany(s => s.SyntaxTree.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>())
            .Select(m => m switch
            {
                MethodDeclarationSyntax x => (Class: Parent(x), Name: x.Identifier.ValueText, Body: x.ExpressionBody?.Expression),
                PropertyDeclarationSyntax x => (Class: Parent(x), Name: x.Identifier.ValueText, Body: x.ExpressionBody?.Expression),
                _ => (Class: "", Name: "", Body: null),
            })
            .Where(m => m.Body is not null && IsDataProperty(m.Name.Replace("Index", "Data")))
            .ToList();
        var people = CorpusData.DecodePeople(Bytes(members.Single(m => m.Class == "People" && m.Name == "Data").Body!));
        var articles = new List<Article>();
        foreach (var block in members.Where(m => m.Class == "Articles" && m.Name.StartsWith("Data", StringComparison.Ordinal)).OrderBy(m => int.Parse(m.Name.Substring(4))))
        {
            var data = Bytes(block.Body!);
            var index = Bytes(members.Single(m => m.Class == "Articles" && m.Name == "Index" + block.Name.Substring(4)).Body!);
            for (var i = 0; i + 8 <= index.Length; i += 4)
            {
                int start = BitConverter.ToInt32(index, i), end = BitConverter.ToInt32(index, i + 4);
                articles.Add(CorpusData.DecodeArticle(data.AsSpan(start, end - start), people));
            }
        }
        return articles;
    }

    private static string Parent(SyntaxNode node) => (node.Parent as ClassDeclarationSyntax)?.Identifier.ValueText ?? "";

    /// <summary>The bytes of a u8 literal or of a constant byte-array initializer.</summary>
    private static byte[] Bytes(ExpressionSyntax e) => e switch
    {
        LiteralExpressionSyntax l when l.Token.IsKind(SyntaxKind.Utf8StringLiteralToken) => Encoding.UTF8.GetBytes(l.Token.ValueText),
        ArrayCreationExpressionSyntax a => a.Initializer!.Expressions.Select(x => (byte)(int)((LiteralExpressionSyntax)x).Token.Value!).ToArray(),
        _ => throw new InvalidOperationException("Expected a u8 literal or byte array, found " + e),
    };

    /// <summary>"Data" (the person table) or "Data" and digits (an article): not a person who happens to be called "Data Smith".</summary>
    private static bool IsDataProperty(string name)
        => name.StartsWith("Data", StringComparison.Ordinal) && name.Skip(4).All(char.IsDigit);

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
