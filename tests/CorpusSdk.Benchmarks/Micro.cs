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
    private CorpusBlock _data = null!;
    private IReadOnlyList<Person> _people = [];

    [GlobalSetup]
    public void Setup()
    {
        _inputs = SyntheticCorpus.Make(Pages).Select(p => new PageInput("/corpus/" + p.FileName, p.Text, false, PageOverrides.None)).ToArray();
        _results = _inputs.Select(ArticleExtractor.Extract).ToImmutableArray();
        _corpus = CorpusBuilder.Build(_results, GeneratorOptions.Default);
        var block = DataBlock.Of(ArticleDataWriter.Articles(_corpus, 0, _corpus.Articles.Count));
        _data = CorpusBlock.FromStrings(block.Offsets, block.Data);
        var people = DataBlock.Of(ArticleDataWriter.People(_corpus));
        _people = CorpusData.People(CorpusBlock.FromStrings(people.Offsets, people.Data));
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

    /// <summary>Run-time decoding of one article from its block (CorpusData.DecodeArticle), then its paragraphs.</summary>
    [Benchmark(OperationsPerInvoke = Pages)]
    public int DecodeArticle()
    {
        var n = 0;
        for (var i = 0; i < CorpusData.ArticleCount(_data); i++) n += CorpusData.DecodeArticle(_data, i, _people).Paragraphs.Count;
        return n;
    }

    public static IReadOnlyList<string> Names => ["ExtractPage", "BuildCorpus", "EmitCorpus", "DecodeArticle"];
}
