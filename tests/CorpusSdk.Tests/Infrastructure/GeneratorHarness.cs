using System.Collections.Immutable;
using System.Text;
using CorpusSdk.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CorpusSdk.Tests.Infrastructure;

/// <summary>A corpus page for the harness: its path, text and optional item metadata (Id, Source, Published).</summary>
public sealed record TestPage(string Path, string Text, IReadOnlyDictionary<string, string>? Metadata = null)
{
    public static TestPage Seed(string path, string text) => new(path, text);
}

/// <summary>Runs <see cref="CorpusGenerator"/> through CSharpGeneratorDriver, as the compiler does, and compiles the result.</summary>
public static class GeneratorHarness
{
    public static readonly CSharpParseOptions Latest = new(LanguageVersion.Latest);

    public static CSharpCompilation Compilation(string userCode = "", CSharpParseOptions? parse = null)
        => CSharpCompilation.Create(
            "Consumer",
            userCode.Length == 0 ? [] : [CSharpSyntaxTree.ParseText(userCode, parse ?? Latest)],
            [.. Basic.Reference.Assemblies.Net80.References.All, MetadataReference.CreateFromFile(typeof(Article).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: (parse ?? Latest).LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));

    /// <param name="file">How a page becomes an AdditionalText (default: its text in memory); for files read like the compiler reads them.</param>
    public static GeneratorDriver Driver(IEnumerable<TestPage> pages, CSharpParseOptions? parse = null, IReadOnlyDictionary<string, string>? properties = null, bool track = true, Func<TestPage, AdditionalText>? file = null)
    {
        var list = pages.ToList();
        return Driver(list.Select(p => file?.Invoke(p) ?? Text(p)).ToList(), list, parse, properties, track);
    }

    /// <summary>
    /// A driver over the given additional texts (for incremental tests that later replace or add texts). A text is a
    /// corpus page when its path is the path of one of <paramref name="pages"/> (whose metadata it then gets), so a
    /// replacement text with the same path stays a page and any other path is an unrelated AdditionalFile.
    /// </summary>
    public static GeneratorDriver Driver(IReadOnlyList<AdditionalText> texts, IEnumerable<TestPage> pages, CSharpParseOptions? parse = null, IReadOnlyDictionary<string, string>? properties = null, bool track = true)
        => CSharpGeneratorDriver.Create(
            [new CorpusGenerator().AsSourceGenerator()],
            texts,
            parse ?? Latest,
            new OptionsProvider(pages.ToList(), properties ?? new Dictionary<string, string>()),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    /// <summary>An in-memory AdditionalFile with the page's path and text.</summary>
    public static AdditionalText Text(TestPage page) => new InMemoryText(page.Path, page.Text);

    /// <summary>Runs the generator; returns the run result and the compilation with the generated code added.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(IEnumerable<TestPage> pages, string userCode = "", CSharpParseOptions? parse = null, IReadOnlyDictionary<string, string>? properties = null)
    {
        var driver = Driver(pages, parse, properties).RunGeneratorsAndUpdateCompilation(Compilation(userCode, parse), out var output, out _);
        return (driver.GetRunResult(), output);
    }

    /// <summary>All generated sources, in hint-name order, as one text (for snapshots and byte-for-byte comparisons).</summary>
    public static string GeneratedText(GeneratorDriverRunResult result)
    {
        var sb = new StringBuilder();
        foreach (var s in result.Results.SelectMany(r => r.GeneratedSources).OrderBy(s => s.HintName, StringComparer.Ordinal))
            sb.Append("//// ").Append(s.HintName).Append('\n').Append(s.SourceText.ToString());
        return sb.ToString();
    }

    /// <summary>Diagnostics as the command line prints them: "file(line,col): severity ID: message".</summary>
    public static string DiagnosticsText(IEnumerable<Diagnostic> diagnostics)
        => string.Join("\n", diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ThenBy(d => d.Location.GetLineSpan().StartLinePosition).ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                var where = string.IsNullOrEmpty(span.Path) ? "" : $"{Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): ";
                return $"{where}{d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
            })) + "\n";

    /// <summary>Compiler errors of the output compilation (the generated code must always compile).</summary>
    public static IReadOnlyList<Diagnostic> CompileErrors(Compilation output)
        => output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, Encoding.UTF8);
    }

    private sealed class OptionsProvider(IReadOnlyList<TestPage> pages, IReadOnlyDictionary<string, string> properties) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(properties.ToDictionary(p => "build_property." + p.Key, p => p.Value));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        {
            var page = pages.FirstOrDefault(p => p.Path == textFile.Path);
            if (page is null) return Options.Empty;
            var values = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.CorpusPage"] = "true" };
            foreach (var (key, value) in page.Metadata ?? new Dictionary<string, string>())
                values["build_metadata.AdditionalFiles.Corpus" + key] = value;
            return new Options(values);
        }
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new([]);

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
