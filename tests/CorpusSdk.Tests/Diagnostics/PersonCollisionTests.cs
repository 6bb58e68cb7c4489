using CorpusSdk.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CorpusSdk.Tests.Diagnostics;

public class PersonCollisionTests
{
    private static TestPage Page(string file, string date, string name) => new("/corpus/seeds/" + file, $"""
        {date}

        OSLO (Reuters) - Harbour inspector {name} said on Monday that the ferry terminal would reopen next week after repairs.

        The repairs cost more than expected, officials said.
        """);

    [Fact]
    public void Two_people_with_one_member_name_get_a_suffix_and_an_info_diagnostic()
    {
        var (result, output) = GeneratorHarness.Run(
            [Page("a.txt", "March 3, 2011", "Ann-Marie Lund"), Page("b.txt", "March 4, 2011", "Ann Marie Lund")],
            "class U { object A => Corpus.People.AnnMarieLund; object B => Corpus.People.AnnMarieLund_2; }");
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        var d = Assert.Single(result.Diagnostics, x => x.Id == "CSDK009");
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Snapshot.Verify("PersonIdCollision", GeneratorHarness.DiagnosticsText(result.Diagnostics));
    }
}
