using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CorpusSdk.Generator.Extraction.People;
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
        var optionsResult = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => OptionsReader.ReadWithDiagnostics(provider.GlobalOptions));
        var options = optionsResult.Select((r, _) => r.Options);

        context.RegisterSourceOutput(optionsResult.Select((r, _) => r.Diagnostics), static (spc, diagnostics) =>
        {
            foreach (var d in diagnostics) spc.ReportDiagnostic(ToDiagnostic(d));
        });

        var pages = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select((pair, ct) => OptionsReader.ReadPage(pair.Left, pair.Right.GetOptions(pair.Left), pair.Right.GlobalOptions, ct))
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
            .Select((pair, _) => BuildCorpus(pair.Left, pair.Right))
            .WithTrackingName(Steps.Corpus);

        context.RegisterSourceOutput(corpus, static (spc, model) =>
        {
            foreach (var d in model.Diagnostics) spc.ReportDiagnostic(ToDiagnostic(d));
            foreach (var (hint, source) in EmitCorpus(model, spc.ReportDiagnostic))
                spc.AddSource(hint, SourceText.From(source, System.Text.Encoding.UTF8));
        });
    }

    private const string CorpusFailed = "No article was generated: the Articles, People and Sources classes were emitted empty, so code that uses them still compiles.";

    /// <summary>The corpus-wide step, guarded: if it throws, an empty corpus and a CSDK000 without location.</summary>
    internal static CorpusModel BuildCorpus(ImmutableArray<PageResult> pages, GeneratorOptions options)
    {
        try
        {
            FaultInjection.Corpus?.Invoke();
            return CorpusBuilder.Build(pages, options);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Empty(options, new[] { CorpusError(ex) });
        }
    }

    /// <summary>The C# for the corpus, guarded: if the emitter throws, CSDK000 and the C# for an empty corpus.</summary>
    internal static (string HintName, string Source)[] EmitCorpus(CorpusModel model, Action<Diagnostic> report)
    {
        try
        {
            FaultInjection.Emit?.Invoke();
            return CorpusEmitter.Emit(model).ToArray();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            report(ToDiagnostic(CorpusError(ex)));
            try
            {
                return CorpusEmitter.Emit(Empty(model.Options, Array.Empty<LocatedDiagnostic>())).ToArray();
            }
            catch (Exception inner) when (inner is not OperationCanceledException)
            {
                return new[] { ("CorpusFallback.g.cs", Fallback(model.Options)) };
            }
        }
    }

    private static CorpusModel Empty(GeneratorOptions options, LocatedDiagnostic[] diagnostics)
        => new(options, EquatableArray<CorpusArticle>.Empty, EquatableArray<CorpusPersonModel>.Empty, EquatableArray<SourceMember>.Empty, diagnostics.ToEquatableArray());

    private static LocatedDiagnostic CorpusError(Exception ex)
        => new(DiagnosticIds.InternalError, "", 0, 0, 0, 0, new[] { ex.GetType().Name + ": " + ex.Message, CorpusFailed }.ToEquatableArray());

    /// <summary>The last resort when even an empty corpus cannot be emitted: the three classes with empty All lists.</summary>
    private static string Fallback(GeneratorOptions o)
    {
        const string Body = "    {\n        public static global::System.Collections.Generic.IReadOnlyList<global::CorpusSdk.{1}> All => global::System.Array.Empty<global::CorpusSdk.{1}>();\n    }\n";
        return "// <auto-generated/>\nnamespace " + o.Namespace + "\n{\n"
            + "    public static partial class " + o.ArticlesClass + "\n" + Body.Replace("{1}", "Article")
            + "    public static partial class " + o.PeopleClass + "\n" + Body.Replace("{1}", "Person")
            + "    public static partial class " + o.SourcesClass + "\n    {\n    }\n}\n";
    }

    /// <summary>
    /// A Roslyn diagnostic. With a path: located in the page, and argument {0} is its file name. Without (MSBuild
    /// properties, the corpus-wide step): no location; CSDK000 then says "the corpus", CSDK010 takes its arguments as they are.
    /// </summary>
    private static Diagnostic ToDiagnostic(LocatedDiagnostic d)
    {
        var descriptor = Descriptors.ForId(d.Id);
        var hasPath = d.Path.Length > 0;
        var location = Location.None;
        if (hasPath)
        {
            // Clamped: a malformed position must never throw here, where it would lose the whole output (CS8785).
            int line = Math.Max(1, d.Line) - 1, column = Math.Max(1, d.Column) - 1, length = Math.Max(0, d.Length);
            location = Location.Create(d.Path, new TextSpan(Math.Max(0, d.Offset), length), new LinePositionSpan(new LinePosition(line, column), new LinePosition(line, column + length)));
        }
        var args = new List<object>(d.Arguments.Count + 1);
        if (d.Id == DiagnosticIds.InternalError) args.Add(hasPath ? "'" + System.IO.Path.GetFileName(d.Path) + "'" : "the corpus as a whole");
        else if (hasPath) args.Add(System.IO.Path.GetFileName(d.Path));
        foreach (var a in d.Arguments) args.Add(a);
        if (d.AsWarning && descriptor.DefaultSeverity == DiagnosticSeverity.Error)
            return Diagnostic.Create(descriptor, location, DiagnosticSeverity.Warning, null, null, args.ToArray());
        return Diagnostic.Create(descriptor, location, args.ToArray());
    }
}
