using CorpusSdk.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusSdk.Tests.Generator;

public class GeneratorTests
{
    private static IEnumerable<TestPage> Seeds(params string[] prefixes)
        => RepoPaths.SeedPages()
            .Where(p => prefixes.Length == 0 || prefixes.Any(x => Path.GetFileName(p.Path).StartsWith(x, StringComparison.Ordinal)))
            .Select(p => TestPage.Seed("/corpus/seeds/" + Path.GetFileName(p.Path), p.Text));

    [Fact]
    public void Seeds_generate_code_that_compiles_without_diagnostics()
    {
        var (result, output) = GeneratorHarness.Run(Seeds());
        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        var articles = output.GetTypeByMetadataName("Corpus.Articles")!;
        foreach (var id in new[] { "Reuters_2007_08_08", "AFP_2007_08_10", "AP_2007_08_08", "Reuters_2008_04_07", "Reuters_2007_11_17", "All" })
            Assert.NotEmpty(articles.GetMembers(id));
    }

    [Fact]
    public void Generated_code_gives_no_compiler_warning_in_a_cls_compliant_assembly()
    {
        // The data holders take an int[] attribute argument (not CLS-compliant): they must stay private so CS3016 never fires.
        var (_, output) = GeneratorHarness.Run(Seeds(), "[assembly: System.CLSCompliant(true)]");
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Generated_source_for_a_wire_seed() => Snapshot.Verify("Seed000", GeneratorHarness.GeneratedText(GeneratorHarness.Run(Seeds("000")).Result));

    [Fact]
    public void Generated_source_for_a_seed_without_headline() => Snapshot.Verify("Seed002", GeneratorHarness.GeneratedText(GeneratorHarness.Run(Seeds("002")).Result));

    [Fact]
    public void Malformed_pages_are_errors_at_their_line_and_the_rest_is_still_emitted()
    {
        var pages = Seeds("001").Append(new TestPage("/corpus/seeds/no-date.txt", "\n\nSome headline here\n\nLONDON (Reuters) - A page that states no date at all for the story it carries, which makes it unusable.\n"))
            .Append(new TestPage("/corpus/seeds/no-source.txt", "March 3, 2008\n\nA page that names no agency or publisher anywhere in the text of its story at all.\n"))
            .Append(new TestPage("/corpus/seeds/empty.txt", "  \n\n"));
        var (result, output) = GeneratorHarness.Run(pages);
        Snapshot.Verify("MalformedPages.diagnostics", GeneratorHarness.DiagnosticsText(result.Diagnostics));
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        Assert.NotEmpty(output.GetTypeByMetadataName("Corpus.Articles")!.GetMembers("AFP_2007_08_10"));
    }

    [Fact]
    public void No_pages_still_gives_an_empty_corpus_that_compiles()
    {
        var (result, output) = GeneratorHarness.Run([], "class U { int N => Corpus.Articles.All.Count + Corpus.People.All.Count; }");
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
    }

    [Fact]
    public void Namespace_and_class_names_follow_msbuild_properties()
    {
        var props = new Dictionary<string, string> { ["CorpusNamespace"] = "My.News", ["CorpusArticlesClass"] = "Stories" };
        var (_, output) = GeneratorHarness.Run(Seeds("001"), "class U { object A => My.News.Stories.AFP_2007_08_10; }", properties: props);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
    }

    [Fact]
    public void Every_language_version_gets_the_same_code()
    {
        var csharp73 = new CSharpParseOptions(LanguageVersion.CSharp7_3);
        var (result, output) = GeneratorHarness.Run(Seeds("000"), "class U { object A => Corpus.Articles.Reuters_2007_08_08; }", csharp73);
        var (latest, _) = GeneratorHarness.Run(Seeds("000"), "class U { object A => Corpus.Articles.Reuters_2007_08_08; }");
        Assert.DoesNotContain("\"u8", GeneratorHarness.GeneratedText(result));
        Assert.Equal(GeneratorHarness.GeneratedText(latest), GeneratorHarness.GeneratedText(result));
        Assert.Empty(GeneratorHarness.CompileErrors(output));
    }
}
