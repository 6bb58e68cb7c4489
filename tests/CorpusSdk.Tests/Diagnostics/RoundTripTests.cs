using System.Reflection;
using System.Runtime.Loader;
using CorpusSdk.Generator.Extraction;
using CorpusSdk.Generator.Model;
using CorpusSdk.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CorpusSdk.Tests.Diagnostics;

/// <summary>
/// Hostile text in every field compiles, and the loaded assembly gives back exactly what the extractor read:
/// C# syntax, escapes, NUL, lone surrogates, bidi controls, line and paragraph separators, the data format's own marks.
/// </summary>
public class RoundTripTests
{
    internal static readonly string[] Hostile =
    [
        "class", "\"\"\"", "*/ /*", "#error boom", "\\ \\u0041 \\\\", "{ } {0}", "\0", "\uD800", "\uDC00", "\u202E", "\u2066",
        "\u2028", "\u2029", "\u0085", "\u001F", "\u0010", "\u0010n", "\uFEFF", "\U0001F600", "\"u8", "a < b > c &amp d",
    ];

    private static string Page(string nasty, int day)
        => string.Join("\n",
            "Acme Wire logo",
            $"Port officials {nasty} seize record haul of medicine",
            $"June {day}, 2011 / 6:12 AM",
            "",
            $"VALLETTA (Reuters) - Customs officers {nasty} seized more than two tonnes of fake antibiotics at the main container port on Friday, officials said.",
            "",
            $"Customs officers inspect {nasty} containers at the port of Valletta June 2, 2011. REUTERS/Lena Okafor",
            "",
            $"The shipment {nasty} had been declared as agricultural machinery, according to a statement from the customs authority.",
            "",
            $"\u201CThe boxes {nasty} were stacked to the roof,\u201D a customs spokesman said.",
            "",
            "Reporting by Tomas Lindqvist; Editing by Peter Grunwald",
            "");

    private static readonly string[] SourceNames = ["C#", "123 News", "class", "Acme \u202E Wire", "Sources", "All", "Lone \uD800 Surrogate"];

    [Fact]
    public void Hostile_text_in_every_field_round_trips_through_the_compiled_assembly()
    {
        var pages = Hostile.Select((nasty, i) => new TestPage($"/corpus/seeds/hostile{i:00}.txt", Page(nasty, i + 1),
            new Dictionary<string, string> { ["Source"] = SourceNames[i % SourceNames.Length] })).ToList();
        const string User = """
            public static class UserCode
            {
                public static object[] Members() => new object[] { Corpus.Sources.C, Corpus.Sources._123News, Corpus.Sources.Class, Corpus.Sources.AcmeWire, Corpus.Sources.Sources_2, Corpus.Sources.All_2, Corpus.Sources.LoneSurrogate };
            }
            """;
        var (result, output) = GeneratorHarness.Run(pages, User);
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)); // no CSDK000 (a lone surrogate in a source once threw in Normalize)
        Assert.Empty(GeneratorHarness.CompileErrors(output));

        var models = pages.Select(p => ArticleExtractor.Extract(new PageInput(p.Path, p.Text, false, new PageOverrides(null, p.Metadata!["Source"], null))).Article!).ToList();
        // The hostile text really is in the models (headline, paragraphs, caption), else this test would prove nothing.
        for (var i = 0; i < Hostile.Length; i++)
        {
            Assert.Contains(Hostile[i], models[i].Headline);
            Assert.Contains(Hostile[i], models[i].Paragraphs[0].Text);
            Assert.Contains(Hostile[i], Assert.Single(models[i].Captions).Text);
        }

        var all = LoadArticles(output);
        Assert.Equal(models.Count, all.Count);
        foreach (var model in models) EmittedData.AssertSame(model, all.Single(a => a.File == model.FileName));
    }

    [Fact]
    public void Hostile_text_round_trips_in_csharp_7_3()
    {
        var pages = Hostile.Select((nasty, i) => new TestPage($"/corpus/seeds/hostile{i:00}.txt", Page(nasty, i + 1))).ToList();
        var (result, output) = GeneratorHarness.Run(pages, "", new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3));
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        var all = LoadArticles(output);
        foreach (var p in pages)
        {
            var model = ArticleExtractor.Extract(new PageInput(p.Path, p.Text, false, PageOverrides.None)).Article!;
            EmittedData.AssertSame(model, all.Single(a => a.File == model.FileName), exactId: false);
        }
    }

    [Fact]
    public void Decoding_the_syntax_trees_agrees_with_the_loaded_assembly()
    {
        var pages = Hostile.Take(6).Select((nasty, i) => new TestPage($"/corpus/seeds/h{i}.txt", Page(nasty, i + 1))).ToList();
        var (result, output) = GeneratorHarness.Run(pages);
        var fromTrees = EmittedData.Decode(result);
        var loaded = LoadArticles(output);
        Assert.Equal(loaded.Select(a => a.Id), fromTrees.Select(a => a.Id));
        Assert.Equal(loaded.SelectMany(a => a.Paragraphs), fromTrees.SelectMany(a => a.Paragraphs));
    }

    internal static IReadOnlyList<Article> LoadArticles(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        var context = new AssemblyLoadContext("roundtrip-" + Guid.NewGuid(), isCollectible: true);
        context.Resolving += (_, name) => name.Name == "CorpusSdk" ? typeof(Article).Assembly : null;
        stream.Position = 0;
        var assembly = context.LoadFromStream(stream);
        var all = (IReadOnlyList<Article>)assembly.GetType("Corpus.Articles")!.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        return all.ToList();
    }
}
