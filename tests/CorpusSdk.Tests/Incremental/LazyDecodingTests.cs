using System.Reflection;
using System.Runtime.Loader;
using CorpusSdk.Internal;
using CorpusSdk.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CorpusSdk.Tests.Incremental;

/// <summary>
/// Nothing is built up front: touching one article decodes that article alone, and enumerating Articles.All decodes
/// articles one at a time as the enumeration reaches them. Counted by LazyArticleList.DecodedCount on a compiled corpus.
/// </summary>
public class LazyDecodingTests
{
    private const string Probe = """
        using System.Linq;
        using Corpus;
        using CorpusSdk.Internal;

        public static class Probe
        {
            public static int Decoded => ((LazyArticleList)Articles.All).DecodedCount;
            public static int Count => Articles.All.Count;
            public static string TouchOne() => Articles.AP_2007_08_08.Id;
            public static string TouchOneAgain() => Articles.AP_2007_08_08.Headline ?? "";
            public static int FirstTwoParagraphs() => Articles.All.Take(2).Sum(a => a.Paragraphs.Count);
            public static int AllParagraphs() => Articles.All.Sum(a => a.Paragraphs.Count);
        }
        """;

    [Fact]
    public void Touching_one_article_decodes_that_article_alone()
    {
        var probe = LoadProbe();
        Assert.Equal(0, Get(probe, "Decoded"));
        Assert.Equal(5, Get(probe, "Count"));
        Assert.Equal(0, Get(probe, "Decoded"));

        Assert.Equal("AP_2007_08_08", Call(probe, "TouchOne"));
        Assert.Equal(1, Get(probe, "Decoded"));
        Call(probe, "TouchOneAgain");
        Assert.Equal(1, Get(probe, "Decoded"));
    }

    [Fact]
    public void Enumerating_all_decodes_as_it_goes()
    {
        var probe = LoadProbe();
        Assert.True((int)Call(probe, "FirstTwoParagraphs") > 0);
        Assert.Equal(2, Get(probe, "Decoded"));
        Assert.True((int)Call(probe, "AllParagraphs") > 0);
        Assert.Equal(5, Get(probe, "Decoded"));
        Call(probe, "AllParagraphs");
        Assert.Equal(5, Get(probe, "Decoded"));
    }

    [Fact]
    public void The_list_decodes_each_index_once_and_only_when_read()
    {
        var calls = new List<int>();
        var list = new LazyArticleList(1000, i =>
        {
            calls.Add(i);
            return new Article("A" + i, "a.txt", new NewsSource("X"), PublishedDate.Parse("2007-08-08"), null, null, [], [], [], [], [], []);
        });
        Assert.Equal(1000, list.Count);
        Assert.Empty(calls);
        Assert.Equal("A500", list[500].Id);
        Assert.Same(list[500], list[500]);
        Assert.Equal([500], calls);
        Assert.Equal(["A0", "A1", "A2"], list.Take(3).Select(a => a.Id));
        Assert.Equal([500, 0, 1, 2], calls);
        Assert.Equal(4, list.DecodedCount);
    }

    private static Type LoadProbe()
    {
        var pages = RepoPaths.SeedPages().Select(p => TestPage.Seed(p.Path, p.Text));
        var (_, output) = GeneratorHarness.Run(pages, Probe);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        return Load(output).GetType("Probe")!;
    }

    private static int Get(Type probe, string property) => (int)probe.GetProperty(property)!.GetValue(null)!;

    private static object Call(Type probe, string method) => probe.GetMethod(method)!.Invoke(null, null)!;

    private static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        var context = new AssemblyLoadContext("lazy-" + Guid.NewGuid(), isCollectible: true);
        context.Resolving += (_, name) => name.Name == "CorpusSdk" ? typeof(Article).Assembly : null;
        stream.Position = 0;
        return context.LoadFromStream(stream);
    }
}
