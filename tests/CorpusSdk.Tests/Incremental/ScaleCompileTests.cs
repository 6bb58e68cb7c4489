using CorpusSdk.Benchmarks;
using CorpusSdk.Tests.Infrastructure;

namespace CorpusSdk.Tests.Incremental;

/// <summary>
/// A corpus past the point where plain string literals would overflow the #US heap (CS8103, around 2,000 pages of
/// 4 KB) compiles and emits: article text is UTF-8 data, not string literals. The 20,000-page build is in the
/// benchmarks (tests/CorpusSdk.Benchmarks), not here.
/// </summary>
public class ScaleCompileTests
{
    [Fact]
    public void A_corpus_of_2500_pages_compiles_and_emits()
    {
        var pages = SyntheticCorpus.Make(2500).Select(p => new TestPage("/corpus/" + p.FileName, p.Text)).ToList();
        Assert.True(pages.Sum(p => (long)p.Text.Length) > 2500L * 3500);

        var (result, output) = GeneratorHarness.Run(pages);
        Assert.Null(result.Results[0].Exception);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        var sources = result.Results[0].GeneratedSources;
        Assert.Equal(5, sources.Count(s => s.HintName.StartsWith("Articles.Data", StringComparison.Ordinal)));

        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Take(5)));
        Assert.DoesNotContain(emit.Diagnostics, d => d.Id == "CS8103");
    }
}
