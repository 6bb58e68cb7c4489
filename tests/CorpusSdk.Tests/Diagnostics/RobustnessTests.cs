using System.Diagnostics;
using CorpusSdk.Generator.Diagnostics;
using CorpusSdk.Generator.Extraction;
using CorpusSdk.Generator.Model;
using CorpusSdk.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace CorpusSdk.Tests.Diagnostics;

/// <summary>The generator never fails: faults become CSDK000 and the rest is emitted; big pages finish; output is deterministic.</summary>
public class RobustnessTests(ITestOutputHelper log)
{
    private static TestPage Good(string name) => new("/corpus/seeds/" + name, MalformedPageTests.GoodPage);

    private const string UserCode = "class U { int N => Corpus.Articles.All.Count + Corpus.People.All.Count; }";

    private static void AssertNoCrash(GeneratorDriverRunResult result, Compilation output)
    {
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Id == "CS8785");
        Assert.Empty(GeneratorHarness.CompileErrors(output));
    }

    [Fact]
    public void An_exception_on_one_page_is_CSDK000_for_that_page_and_the_rest_is_emitted()
    {
        FaultInjection.Page = path => { if (path.EndsWith("bad.txt", StringComparison.Ordinal)) throw new InvalidOperationException("injected"); };
        try
        {
            var (result, output) = GeneratorHarness.Run([Good("good.txt"), new TestPage("/corpus/seeds/bad.txt", MalformedPageTests.GoodPage.Replace("June 3", "June 4"))], UserCode + " class V { object A => Corpus.Articles.Reuters_2011_06_03; }");
            AssertNoCrash(result, output);
            var d = Assert.Single(result.Diagnostics);
            Assert.Equal("CSDK000", d.Id);
            Assert.Equal("/corpus/seeds/bad.txt", d.Location.GetLineSpan().Path);
            Snapshot.Verify("InternalError.Page", GeneratorHarness.DiagnosticsText(result.Diagnostics));
        }
        finally { FaultInjection.Page = null; }
    }

    [Fact]
    public void An_exception_in_the_corpus_step_is_CSDK000_without_location_and_an_empty_corpus_still_compiles()
    {
        FaultInjection.Corpus = () => throw new InvalidOperationException("injected");
        try
        {
            var (result, output) = GeneratorHarness.Run([Good("good.txt")], UserCode);
            AssertNoCrash(result, output);
            var d = Assert.Single(result.Diagnostics);
            Assert.Equal("CSDK000", d.Id);
            Assert.Equal(Location.None, d.Location);
            Assert.Contains("Articles.g.cs", result.Results[0].GeneratedSources.Select(s => s.HintName));
            Snapshot.Verify("InternalError.Corpus", GeneratorHarness.DiagnosticsText(result.Diagnostics));
        }
        finally { FaultInjection.Corpus = null; }
    }

    [Fact]
    public void An_exception_in_the_emitter_is_CSDK000_and_an_empty_corpus_still_compiles()
    {
        FaultInjection.Emit = () => throw new InvalidOperationException("injected");
        try
        {
            var (result, output) = GeneratorHarness.Run([Good("good.txt")], UserCode);
            AssertNoCrash(result, output);
            Assert.Equal("CSDK000", Assert.Single(result.Diagnostics).Id);
        }
        finally { FaultInjection.Emit = null; }
    }

    [Fact]
    public void Same_pages_in_any_order_with_any_line_ends_and_folders_give_identical_sources()
    {
        var seeds = RepoPaths.SeedPages().Select(p => (Name: Path.GetFileName(p.Path), p.Text)).ToList();
        var expected = GeneratorHarness.GeneratedText(GeneratorHarness.Run(seeds.Select(s => new TestPage("/home/a/proj/seeds/" + s.Name, s.Text))).Result);
        var shuffled = seeds.OrderBy(s => s.Name.GetHashCode(StringComparison.Ordinal) ^ 0x5bd1e995).Reverse().ToList();
        var variants = new[]
        {
            shuffled.Select(s => new TestPage("/home/a/proj/seeds/" + s.Name, s.Text)),
            shuffled.Select(s => new TestPage("/home/a/proj/seeds/" + s.Name, s.Text.Replace("\r\n", "\n").Replace("\n", "\r\n"))),
            shuffled.Select(s => new TestPage("/home/a/proj/seeds/" + s.Name, s.Text.Replace("\r\n", "\n").Replace("\n", "\r"))),
            shuffled.Select((s, i) => new TestPage($"C:\\build{i}\\x\\seeds\\".Replace('\\', '/') + s.Name, s.Text)),
        };
        foreach (var pages in variants)
            Assert.Equal(expected, GeneratorHarness.GeneratedText(GeneratorHarness.Run(pages.ToList()).Result));
    }

    /// <summary>
    /// A 10 MB page (about 65,000 paragraphs) through the generator, and a 2 MB page of one line: extraction has no
    /// pathological (super-linear) path and the output compiles. The bounds are loose (shared CI machines); the times are logged.
    /// </summary>
    [Fact]
    public void A_ten_megabyte_page_finishes_quickly_and_compiles()
    {
        const string Para = "Customs officers seized more than two tonnes of fake antibiotics at the main container port on Friday, the largest such haul on record, officials said.\n\n";
        var header = MalformedPageTests.GoodPage.Substring(0, MalformedPageTests.GoodPage.IndexOf("The shipment", StringComparison.Ordinal));
        var sb = new System.Text.StringBuilder(header, 10_100_000);
        while (sb.Length < 10_000_000) sb.Append(Para);
        var big = sb.ToString();

        var clock = Stopwatch.StartNew();
        var (result, output) = GeneratorHarness.Run([new TestPage("/corpus/seeds/big.txt", big)], UserCode + " class V { object A => Corpus.Articles.Reuters_2011_06_03; }");
        var generate = clock.Elapsed;
        clock.Restart();
        AssertNoCrash(result, output);
        Assert.Empty(result.Diagnostics);
        var compile = clock.Elapsed;

        var line = header + "The " + string.Concat(Enumerable.Repeat("officials said the port was busy, ", 2_000_000 / 34)) + "end.\n";
        clock.Restart();
        Assert.NotNull(ArticleExtractor.Extract(new PageInput("/corpus/seeds/line.txt", line, false, PageOverrides.None)).Article);
        var extractLine = clock.Elapsed;

        log.WriteLine($"10 MB page: generator run (extract + emit) {generate.TotalMilliseconds:F0} ms, compile {compile.TotalMilliseconds:F0} ms; 2 MB single line: extract {extractLine.TotalMilliseconds:F0} ms");
        Assert.True(generate < TimeSpan.FromSeconds(30), $"the generator took {generate} on a 10 MB page");
        Assert.True(extractLine < TimeSpan.FromSeconds(15), $"extraction of one 2 MB line took {extractLine}");
    }
}
