using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using CorpusSdk.Generator.Emit;
using CorpusSdk.Generator.Extraction;
using CorpusSdk.Generator.Model;
using CorpusSdk.Internal;

namespace CorpusSdk.Benchmarks;

/// <summary>
/// BenchmarkDotNet micro benchmarks, per page or per article (OperationsPerInvoke): the generator's stages on
/// synthetic 4 KB pages, one of each layout, and the runtime's decoding of one article.
/// </summary>
[MemoryDiagnoser]
public class Micro
{
    private const int Pages = 100;
    private PageInput[] _inputs = [];
    private ImmutableArray<PageResult> _results;
    private CorpusModel _corpus = null!;
    private byte[][] _data = [];
    private Person[] _people = [];

    [GlobalSetup]
    public void Setup()
    {
        _inputs = SyntheticCorpus.Make(Pages).Select(p => new PageInput("/corpus/" + p.FileName, p.Text, false, PageOverrides.None)).ToArray();
        _results = _inputs.Select(ArticleExtractor.Extract).ToImmutableArray();
        _corpus = CorpusBuilder.Build(_results, GeneratorOptions.Default);
        _data = _corpus.Articles.Select(a => Encoding.UTF8.GetBytes(ArticleDataWriter.Article(a))).ToArray();
        _people = CorpusData.DecodePeople(Encoding.UTF8.GetBytes(ArticleDataWriter.People(_corpus)));
    }

    /// <summary>Extraction of one 4 KB page (ArticleExtractor.Extract).</summary>
    [Benchmark(OperationsPerInvoke = Pages)]
    public int ExtractPage()
    {
        var n = 0;
        foreach (var input in _inputs) n += ArticleExtractor.Extract(input).Article?.Paragraphs.Count ?? 0;
        return n;
    }

    /// <summary>The corpus step (CorpusBuilder.Build), per article, on a 100-page corpus.</summary>
    [Benchmark(OperationsPerInvoke = Pages)]
    public int BuildCorpus() => CorpusBuilder.Build(_results, GeneratorOptions.Default).Articles.Count;

    /// <summary>Emission of C# (CorpusEmitter.Emit), per article, on a 100-page corpus.</summary>
    [Benchmark(OperationsPerInvoke = Pages)]
    public int EmitCorpus() => CorpusEmitter.Emit(_corpus).Sum(s => s.Source.Length);

    /// <summary>Run-time decoding of one article from its UTF-8 data (CorpusData.DecodeArticle).</summary>
    [Benchmark(OperationsPerInvoke = Pages)]
    public int DecodeArticle()
    {
        var n = 0;
        foreach (var data in _data) n += CorpusData.DecodeArticle(data, _people).Paragraphs.Count;
        return n;
    }

    public static IReadOnlyList<string> Names => ["ExtractPage", "BuildCorpus", "EmitCorpus", "DecodeArticle"];
}
