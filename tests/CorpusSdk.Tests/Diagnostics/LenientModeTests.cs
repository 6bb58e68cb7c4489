using CorpusSdk.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CorpusSdk.Tests.Diagnostics;

/// <summary>CorpusMissingMetadata=warn: a page without a readable source or date joins the corpus with a warning.</summary>
public class LenientModeTests
{
    private static readonly TestPage Unlabelled = new("/corpus/seeds/unlabelled.txt", """
        Harbour ferry resumes service after repairs

        The harbour ferry resumed its regular timetable on Monday after three weeks of repairs to its engines, the operator said.
        """);

    [Fact]
    public void By_default_a_page_without_source_or_date_is_an_error_and_left_out()
    {
        var (result, output) = GeneratorHarness.Run([Unlabelled], "class U { int N => Corpus.Articles.All.Count; }");
        Assert.Contains(result.Diagnostics, d => d.Id == "CSDK001" && d.Severity == DiagnosticSeverity.Error);
        Assert.Contains(result.Diagnostics, d => d.Id == "CSDK002" && d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(output.GetTypeByMetadataName("Corpus.Articles")!.GetMembers("Unknown_0001_01_01"));
    }

    [Fact]
    public void With_warn_it_is_emitted_as_unknown_and_reported_as_warnings()
    {
        var props = new Dictionary<string, string> { ["CorpusMissingMetadata"] = "warn" };
        var (result, output) = GeneratorHarness.Run([Unlabelled], "class U { object A => Corpus.Articles.Unknown_0001_01_01.Headline; }", properties: props);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        Assert.All(result.Diagnostics.Where(d => d.Id is "CSDK001" or "CSDK002"), d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Equal(2, result.Diagnostics.Count(d => d.Id is "CSDK001" or "CSDK002"));
    }
}
