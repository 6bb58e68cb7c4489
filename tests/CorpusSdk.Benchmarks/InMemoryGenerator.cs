using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using CorpusSdk.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CorpusSdk.Benchmarks;

/// <summary>Runs the generator in-process as the compiler does (CSharpGeneratorDriver), on pages held in memory.</summary>
public static class InMemoryGenerator
{
    public static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    public static IReadOnlyList<MetadataReference> References { get; } =
        [.. Basic.Reference.Assemblies.Net80.References.All, MetadataReference.CreateFromFile(typeof(Article).Assembly.Location)];

    public static CSharpCompilation Compilation(string name, IEnumerable<SyntaxTree> trees)
        => CSharpCompilation.Create(name, trees, References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IReadOnlyList<SyntheticPage> pages)
        => CSharpGeneratorDriver.Create(
            [new CorpusGenerator().AsSourceGenerator()],
            pages.Select(p => (AdditionalText)new InMemoryText("/corpus/" + p.FileName, p.Text)),
            Parse,
            new PageOptions(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>Runs the generator over the pages; returns the consumer compilation with the generated code added.</summary>
    public static Compilation Run(IReadOnlyList<SyntheticPage> pages, string userCode, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var input = Compilation("Consumer", userCode.Length == 0 ? [] : [CSharpSyntaxTree.ParseText(userCode, Parse)]);
        Driver(pages).RunGeneratorsAndUpdateCompilation(input, out var output, out var d);
        diagnostics = d;
        return output;
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, Encoding.UTF8);
    }

    /// <summary>Every additional text is a corpus page (CorpusPage=true); no MSBuild properties.</summary>
    private sealed class PageOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Page = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.CorpusPage"] = "true" });

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options([]);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Page;
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
