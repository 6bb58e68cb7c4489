using System;
using System.Collections.Immutable;
using System.Threading;
using CorpusSdk.Generator.Diagnostics;
using CorpusSdk.Generator.Emit;
using CorpusSdk.Generator.Extraction;
using CorpusSdk.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CorpusSdk.Generator;

/// <summary>
/// Reads the AdditionalFiles marked as corpus pages (metadata CorpusPage=true) and emits typed articles, people and
/// sources. Pipeline: page text (per file, cached by content) -> extraction (per page) -> corpus (all pages) -> C#.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CorpusGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps, for incremental-cache tests.</summary>
    public static class Steps
    {
        /// <summary>Corpus pages read from AdditionalFiles.</summary>
        public const string Pages = "CorpusPages";
        /// <summary>One article model per page.</summary>
        public const string Extracted = "ExtractedArticles";
        /// <summary>The corpus-wide model.</summary>
        public const string Corpus = "Corpus";
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Select((pair, _) => OptionsReader.Read(pair.Left.GlobalOptions, pair.Right));

        var pages = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select((pair, ct) => OptionsReader.ReadPage(pair.Left, pair.Right.GetOptions(pair.Left), ct))
            .Where(page => page is not null)
            .WithTrackingName(Steps.Pages);

        var extracted = pages
            .Select((page, _) => ArticleExtractor.Extract(page!))
            .WithTrackingName(Steps.Extracted);

        context.RegisterSourceOutput(extracted, static (spc, page) =>
        {
            foreach (var d in page.Diagnostics) spc.ReportDiagnostic(ToDiagnostic(d));
        });

        var corpus = extracted.Collect()
            .Combine(options)
            .Select((pair, _) => CorpusBuilder.Build(pair.Left, pair.Right))
            .WithTrackingName(Steps.Corpus);

        context.RegisterSourceOutput(corpus, static (spc, model) =>
        {
            foreach (var d in model.Diagnostics) spc.ReportDiagnostic(ToDiagnostic(d));
            foreach (var (hint, source) in CorpusEmitter.Emit(model))
                spc.AddSource(hint, SourceText.From(source, System.Text.Encoding.UTF8));
        });
    }

    private static Diagnostic ToDiagnostic(LocatedDiagnostic d)
    {
        var descriptor = Descriptors.ForId(d.Id);
        var start = new LinePosition(d.Line - 1, d.Column - 1);
        var location = Location.Create(d.Path, new TextSpan(d.Offset, d.Length), new LinePositionSpan(start, new LinePosition(d.Line - 1, d.Column - 1 + d.Length)));
        var args = new object[d.Arguments.Count + 1];
        args[0] = System.IO.Path.GetFileName(d.Path);
        for (var i = 0; i < d.Arguments.Count; i++) args[i + 1] = d.Arguments[i];
        return Diagnostic.Create(descriptor, location, args);
    }
}
