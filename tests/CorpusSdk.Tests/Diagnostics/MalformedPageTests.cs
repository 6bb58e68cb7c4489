using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using CorpusSdk.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CorpusSdk.Tests.Diagnostics;

/// <summary>
/// Each malformed page is a clear diagnostic at the right place of the .txt, with one snapshot per case, and the
/// generated code still compiles. Pages are invented.
/// </summary>
public class MalformedPageTests
{
    /// <summary>A good wire page (invented), used as the neighbour of every malformed one.</summary>
    internal const string GoodPage = """
        Acme Wire logo
        Port officials seize record haul of counterfeit medicine
        June 3, 2011 / 6:12 AM

        VALLETTA (Reuters) - Customs officers seized more than two tonnes of fake antibiotics at the main container port on Friday, the largest such haul on record, officials said.

        Customs officers inspect containers at the port of Valletta June 2, 2011. REUTERS/Lena Okafor

        The shipment had been declared as agricultural machinery, according to a statement from the customs authority.

        Reporting by Tomas Lindqvist; Editing by Peter Grunwald
        """;

    private static TestPage Good => new("/corpus/seeds/good.txt", GoodPage);

    /// <summary>Runs the good page and <paramref name="pages"/>; asserts the output compiles and the good article is there.</summary>
    private static string Diagnose(params TestPage[] pages) => Diagnose(pages, null);

    private static string Diagnose(TestPage[] pages, IReadOnlyDictionary<string, string>? properties)
    {
        var (result, output) = GeneratorHarness.Run(pages.Prepend(Good), "class U { int N => Corpus.Articles.All.Count; }", properties: properties);
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Id == "CS8785");
        return GeneratorHarness.DiagnosticsText(result.Diagnostics);
    }

    [Fact]
    public void Empty_page()
    {
        var text = Diagnose(new TestPage("/corpus/seeds/empty.txt", "\n   \n\t\n"));
        Assert.Contains("empty.txt(1,1): error CSDK004", text);
        Snapshot.Verify("EmptyPage", text);
    }

    [Fact]
    public void Binary_page()
    {
        var bytes = new char[600];
        for (var i = 0; i < bytes.Length; i++) bytes[i] = (char)(i * 7 % 32);
        var text = Diagnose(new TestPage("/corpus/seeds/image.txt", "PNG" + new string(bytes)));
        Assert.Contains("error CSDK008", text);
        Snapshot.Verify("BinaryPage", text);
    }

    [Fact]
    public void No_date()
    {
        // No date line, and no written date anywhere (the caption's date would otherwise date the story).
        var page = GoodPage.Replace("June 3, 2011 / 6:12 AM", "Updated a while ago").Replace(" June 2, 2011", "");
        var text = Diagnose(new TestPage("/corpus/seeds/no-date.txt", page));
        Assert.Contains("no-date.txt(1,1): error CSDK002", text);
        Snapshot.Verify("NoDate", text);
    }

    [Fact]
    public void No_source()
    {
        var page = GoodPage.Replace(" (Reuters)", "").Replace("REUTERS/Lena Okafor", "Lena Okafor").Replace("Acme Wire logo", "Menu");
        var text = Diagnose(new TestPage("/corpus/seeds/no-source.txt", page));
        Assert.Contains("error CSDK001", text);
        Snapshot.Verify("NoSource", text);
    }

    [Fact]
    public void No_body()
    {
        var text = Diagnose(new TestPage("/corpus/seeds/no-body.txt", "Acme Wire logo\nShort headline\nJune 3, 2011 / 6:12 AM\n\nVALLETTA (Reuters) -\n\nHome\n"));
        Assert.Contains("error CSDK003", text);
        Snapshot.Verify("NoBody", text);
    }

    [Fact]
    public void The_error_line_is_the_same_for_LF_CRLF_and_lone_CR()
    {
        // The first text line is line 3 whatever the line ends; a BOM does not move it either.
        var lf = "\n\nLONDON (Reuters) - A page that states no date at all for the story it carries, which makes it unusable.\n";
        foreach (var (name, page) in new[] { ("lf", lf), ("crlf", lf.Replace("\n", "\r\n")), ("cr", lf.Replace("\n", "\r")), ("bom", "\uFEFF" + lf.Replace("\n", "\r\n")) })
        {
            var (result, _) = GeneratorHarness.Run([new TestPage($"/corpus/seeds/{name}.txt", page)]);
            var d = Assert.Single(result.Diagnostics, x => x.Id == "CSDK002");
            var span = d.Location.GetLineSpan();
            Assert.Equal(2, span.StartLinePosition.Line);
            Assert.Equal(0, span.StartLinePosition.Character);
            Assert.Equal("LONDON (Reuters) - A page".Length, page.Substring(d.Location.SourceSpan.Start, "LONDON (Reuters) - A page".Length).Length);
            Assert.StartsWith("LONDON (Reuters)", page.Substring(d.Location.SourceSpan.Start));
            Assert.Equal("LONDON (Reuters) - A page that states no date at all for the story it carries, which makes it unusable.".Length, d.Location.SourceSpan.Length);
        }
    }

    [Fact]
    public void BOM_CRLF_and_lone_CR_give_no_diagnostics_and_the_same_code()
    {
        var lf = GeneratorHarness.Run([Good]);
        Assert.Empty(lf.Result.Diagnostics);
        var expected = GeneratorHarness.GeneratedText(lf.Result);
        foreach (var page in new[] { "\uFEFF" + GoodPage, GoodPage.Replace("\n", "\r\n"), GoodPage.Replace("\n", "\r"), "\uFEFF" + GoodPage.Replace("\n", "\r") })
        {
            var (result, output) = GeneratorHarness.Run([Good with { Text = page }]);
            Assert.Empty(result.Diagnostics);
            Assert.Empty(GeneratorHarness.CompileErrors(output));
            Assert.Equal(expected, GeneratorHarness.GeneratedText(result));
        }
        Snapshot.Verify("LineEnds", GeneratorHarness.DiagnosticsText(lf.Result.Diagnostics));
    }

    [Fact]
    public void Two_pages_with_the_same_id_are_both_emitted_and_the_warning_names_both_files_and_the_fix()
    {
        var text = Diagnose(new TestPage("/corpus/seeds/same-day.txt", GoodPage.Replace("Port officials", "Harbour officials")));
        Assert.Contains("same-day.txt(1,1): warning CSDK005: 'same-day.txt' would get the article id 'Reuters_2011_06_03', already taken by 'good.txt'; 'same-day.txt' was emitted as 'Reuters_2011_06_03_2'", text);
        Assert.Contains("Id=", text);
        Snapshot.Verify("DuplicateId", text);
    }

    [Fact]
    public void Same_file_name_in_two_folders_is_named_by_path()
    {
        var (result, output) = GeneratorHarness.Run([new TestPage("/corpus/a/page.txt", GoodPage), new TestPage("/corpus/b/page.txt", GoodPage)]);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("CSDK005", d.Id);
        Assert.Contains("already taken by '/corpus/a/page.txt'", d.GetMessage());
        Assert.Equal("/corpus/b/page.txt", d.Location.GetLineSpan().Path);
    }

    [Fact]
    public void Invalid_item_metadata()
    {
        var text = Diagnose(
            new TestPage("/corpus/seeds/bad-id.txt", GoodPage, new Dictionary<string, string> { ["Id"] = "2007 story" }),
            new TestPage("/corpus/seeds/bad-date.txt", GoodPage, new Dictionary<string, string> { ["Published"] = "8/8/2007" }),
            new TestPage("/corpus/seeds/blank-source.txt", GoodPage, new Dictionary<string, string> { ["Source"] = "   " }),
            new TestPage("/corpus/seeds/keyword-id.txt", GoodPage, new Dictionary<string, string> { ["Id"] = "class" }));
        Assert.Equal(4, text.Split('\n').Count(l => l.Contains("error CSDK006")));
        Snapshot.Verify("InvalidOverrides", text);
    }

    [Fact]
    public void Invalid_msbuild_properties_are_reported_and_fall_back_to_the_defaults()
    {
        var props = new Dictionary<string, string>
        {
            ["CorpusNamespace"] = "1bad", ["CorpusArticlesClass"] = "class", ["CorpusPeopleClass"] = "My People", ["CorpusSourcesClass"] = "Articles",
        };
        var text = Diagnose([], props);
        Assert.Equal(4, text.Split('\n').Count(l => l.StartsWith("error CSDK010", StringComparison.Ordinal)));
        Snapshot.Verify("InvalidProperties", text);
    }

    [Fact]
    public void Overrides_that_collide_with_generated_members_are_renamed()
    {
        var (result, output) = GeneratorHarness.Run(
            [
                new TestPage("/corpus/seeds/a.txt", GoodPage, new Dictionary<string, string> { ["Id"] = "Decode" }),
                new TestPage("/corpus/seeds/b.txt", GoodPage, new Dictionary<string, string> { ["Id"] = "Data0" }),
                new TestPage("/corpus/seeds/c.txt", GoodPage, new Dictionary<string, string> { ["Id"] = "Articles" }),
                new TestPage("/corpus/seeds/d.txt", GoodPage, new Dictionary<string, string> { ["Source"] = "Sources" }),
                new TestPage("/corpus/seeds/e.txt", GoodPage, new Dictionary<string, string> { ["Id"] = "People" }),
            ],
            "class U { object A => Corpus.Articles.Decode_2; object B => Corpus.Sources.Sources_2; }");
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        Assert.Equal(4, result.Diagnostics.Count(d => d.Id == "CSDK005"));
    }

    [Fact]
    public void Unbalanced_quotation_mark_is_a_warning_at_its_line()
    {
        var page = GoodPage.Replace("The shipment had been declared", "\u201CThe shipment had been declared");
        var (result, output) = GeneratorHarness.Run([new TestPage("/corpus/seeds/stray-quote.txt", page)]);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        var d = Assert.Single(result.Diagnostics, x => x.Id == "CSDK101");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal(9, d.Location.GetLineSpan().StartLinePosition.Line + 1); // line 9 of the page: "“The shipment ..."
        Snapshot.Verify("UnbalancedQuote", GeneratorHarness.DiagnosticsText(result.Diagnostics));
    }

    [Fact]
    public void No_pages_no_diagnostics()
    {
        var (result, output) = GeneratorHarness.Run([], "class U { int N => Corpus.Articles.All.Count + Corpus.People.All.Count; }");
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
        Snapshot.Verify("NoPages", GeneratorHarness.DiagnosticsText(result.Diagnostics));
    }

    [Fact]
    public void Severity_follows_compilation_options_as_editorconfig_sets_them()
    {
        // dotnet_diagnostic.CSDK005.severity = error / WarningsAsErrors; dotnet_diagnostic.CSDK002.severity = none / NoWarn.
        var pages = new[] { Good, new TestPage("/corpus/seeds/same-day.txt", GoodPage), new TestPage("/corpus/seeds/no-date.txt", "\nLONDON (Reuters) - A page that states no date at all for the story it carries.\n") };
        var compilation = GeneratorHarness.Compilation("class U { }");
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
        {
            ["CSDK005"] = ReportDiagnostic.Error, ["CSDK002"] = ReportDiagnostic.Suppress,
        }));
        GeneratorHarness.Driver(pages).RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics, d => d.Id == "CSDK005").Severity);
        Assert.DoesNotContain(diagnostics, d => d.Id == "CSDK002");
    }

    /// <summary>
    /// A Windows-1252 file: 0xE9 (e acute) on line 5 is not UTF-8. Roslyn 4.x (EncodedStringText, as csc reads
    /// AdditionalFiles) tries strict UTF-8 and then falls back: on .NET on Linux and macOS to UTF-8 with U+FFFD for the
    /// bad byte (encoding 65001, the letter is lost), on .NET Framework on Windows to the ANSI code page (1252 here).
    /// Both are reported as CSDK007 at the bad character, never silently.
    /// </summary>
    [Fact]
    public void Not_utf8_file_read_as_the_compiler_reads_it_is_a_warning_at_the_first_bad_byte()
    {
        var page = GoodPage.Replace("Customs officers seized", "Caf\u00E9 owners and customs officers seized");
        var dir = Path.Combine(Path.GetTempPath(), "corpussdk-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(dir, "latin1.txt");
        Directory.CreateDirectory(dir);
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(page));
        var at = new LinePosition(4, "VALLETTA (Reuters) - Caf".Length);
        try
        {
            // 1. Exactly as this Roslyn decodes it.
            var compilerText = CompilerReader.Read(path);
            var (result, output) = RunFile(path, p => new CompilerFile(p.Path));
            Assert.Empty(GeneratorHarness.CompileErrors(output));
            var d = Assert.Single(result.Diagnostics, x => x.Id == "CSDK007");
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            Assert.Equal(at, d.Location.GetLineSpan().StartLinePosition);
            if (compilerText.Encoding?.CodePage == 65001)
            {
                Assert.Equal(page.Replace('\u00E9', '\uFFFD'), compilerText.ToString());
                Snapshot.Verify("NotUtf8.ReplacementCharacters", GeneratorHarness.DiagnosticsText(result.Diagnostics));
            }
            else Assert.Equal(1252, compilerText.Encoding?.CodePage);

            // 2. As a compiler with the Windows-1252 fallback decodes it (csc on .NET Framework on a Western Windows).
            var (legacy, legacyOutput) = RunFile(path, p => new Windows1252File(p.Path));
            Assert.Empty(GeneratorHarness.CompileErrors(legacyOutput));
            var d1252 = Assert.Single(legacy.Diagnostics, x => x.Id == "CSDK007");
            Assert.Equal(at, d1252.Location.GetLineSpan().StartLinePosition);
            var text = GeneratorHarness.DiagnosticsText(legacy.Diagnostics);
            Assert.Contains("0xE9", text);
            Snapshot.Verify("NotUtf8.Windows1252", text);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private static (GeneratorDriverRunResult Result, Compilation Output) RunFile(string path, Func<TestPage, AdditionalText> file)
    {
        var driver = GeneratorHarness.Driver([new TestPage(path, "")], file: file)
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out var output, out _);
        return (driver.GetRunResult(), output);
    }

    /// <summary>Reads a file as csc does for AdditionalFiles: Roslyn's internal EncodedStringText (strict UTF-8, else Windows-1252).</summary>
    internal static class CompilerReader
    {
        private static readonly MethodInfo Create = typeof(SourceText).Assembly.GetType("Microsoft.CodeAnalysis.Text.EncodedStringText", throwOnError: true)!
            .GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
            .Single(m => m.Name == "Create" && m.GetParameters().Length == 4 && m.GetParameters()[0].ParameterType == typeof(Stream));

        public static SourceText Read(string path)
        {
            using var stream = File.OpenRead(path);
            return (SourceText)Create.Invoke(null, [stream, null, SourceHashAlgorithm.Sha256, false])!;
        }
    }

    private sealed class CompilerFile(string path) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => CompilerReader.Read(path);
    }

    /// <summary>Strict UTF-8, else Windows-1252: what EncodedStringText does where code page 1252 is the fallback.</summary>
    private sealed class Windows1252File(string path) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            var bytes = File.ReadAllBytes(path);
            try
            {
                return SourceText.From(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes), new UTF8Encoding(false));
            }
            catch (DecoderFallbackException)
            {
                var cp1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
                return SourceText.From(cp1252.GetString(bytes), cp1252);
            }
        }
    }
}
