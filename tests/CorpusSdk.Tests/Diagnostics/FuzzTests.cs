using CorpusSdk.Fuzz;
using CorpusSdk.Generator.Extraction;
using CorpusSdk.Generator.Model;
using CorpusSdk.Tests.Infrastructure;
using CsCheck;
using Microsoft.CodeAnalysis;

namespace CorpusSdk.Tests.Diagnostics;

/// <summary>
/// Property tests: random pages and mutated seeds (cut, duplicated and shuffled lines, injected nasty text, other line
/// ends) through the generator driver. No exception, no CS8785, the output compiles, every diagnostic points inside its
/// page, and every emitted string equals the extractor's. A fixed-seed sample of 200 pages runs here; the soak command
/// (tests/CorpusSdk.Soak) runs as many as you like.
/// </summary>
public class FuzzTests
{
    private const int Runs = 40, PagesPerRun = 5; // 200 pages

    [Fact]
    public void Fixed_seed_sample_of_hostile_pages_never_breaks_the_generator()
    {
        var seeds = RepoPaths.SeedPages().Select(p => p.Text).ToList();
        var gen = FuzzPages.AnyPage(seeds).Array[PagesPerRun];
        var pcg = new PCG(7, 20261123);
        var articles = 0;
        for (var run = 0; run < Runs; run++)
        {
            var seed = pcg.ToString();
            var texts = gen.Generate(pcg, null, out _);
            try
            {
                articles += Check(texts);
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"Run {run} failed (reproduce with PCG.Parse(\"{seed}\")): {ex.Message}\nPages:\n" + string.Join("\n-----\n", texts.Select(t => Escape(t))));
            }
        }
        // Most hostile pages still are articles: the round-trip check above really compared text.
        Assert.InRange(articles, Runs * PagesPerRun / 3, Runs * PagesPerRun);
    }

    [Fact]
    public void Sample_wire_pages_with_nasty_fields_round_trip()
        => FuzzPages.WirePage.Array[3].Sample(texts => Assert.Equal(3, Check(texts)), iter: 20, threads: 1, seed: "0000000000J1");

    /// <summary>Runs the pages through the driver and checks everything; returns how many became articles.</summary>
    internal static int Check(string[] texts)
    {
        var pages = texts.Select((t, i) => new TestPage($"/fuzz/seeds/p{i}.txt", t)).ToList();
        var driver = GeneratorHarness.Driver(pages, track: false).RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out var output, out var driverDiagnostics);
        var result = driver.GetRunResult();
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        Assert.DoesNotContain(driverDiagnostics.Concat(output.GetDiagnostics()), d => d.Id == "CS8785");
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CSDK000");

        foreach (var d in result.Diagnostics.Where(d => d.Location.IsInSource || d.Location.Kind == LocationKind.ExternalFile))
        {
            var span = d.Location.GetLineSpan();
            var text = pages.Single(p => p.Path == span.Path).Text;
            Assert.InRange(d.Location.SourceSpan.End, 0, text.Length);
            Assert.InRange(span.StartLinePosition.Line, 0, text.Count(c => c == '\n' || c == '\r'));
        }

        var models = pages.Select(p => ArticleExtractor.Extract(new PageInput(p.Path, p.Text, false, PageOverrides.None)).Article)
            .Where(a => a is not null).Select(a => a!).ToList();
        var emitted = EmittedData.Decode(result);
        Assert.Equal(models.Count, emitted.Count);
        foreach (var model in models) EmittedData.AssertSame(model, emitted.Single(a => a.File == model.FileName), exactId: false);
        return models.Count;
    }

    private static string Escape(string text)
        => string.Concat(text.Select(c => c is '\n' or '\r' || (c >= ' ' && c <= '~') ? c.ToString() : $"\\u{(int)c:X4}"));
}
