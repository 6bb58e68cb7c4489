using System.Collections.Generic;
using System.Text;
using CorpusSdk.Generator.Diagnostics;
using System.Threading;
using CorpusSdk.Generator.Model;
using CorpusSdk.Generator.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusSdk.Generator;

/// <summary>The Roslyn edge: turns analyzer options and AdditionalFiles into plain, value-equatable models.</summary>
internal static class OptionsReader
{
    public static GeneratorOptions Read(AnalyzerConfigOptions global) => ReadWithDiagnostics(global).Options;

    /// <summary>
    /// The options and a CSDK010 for each property that is set but unusable (a namespace or class name that is not an
    /// identifier, or two classes given the same name); each such property falls back to its default.
    /// </summary>
    public static OptionsResult ReadWithDiagnostics(AnalyzerConfigOptions global)
    {
        var d = GeneratorOptions.Default;
        var problems = new List<LocatedDiagnostic>();
        var ns = Checked(global, "CorpusNamespace", d.Namespace, IsNamespace, "it must be a dotted C# name such as My.News", problems);
        var articles = Checked(global, "CorpusArticlesClass", d.ArticlesClass, Identifiers.IsValid, "it must be a C# identifier", problems);
        var people = Checked(global, "CorpusPeopleClass", d.PeopleClass, Identifiers.IsValid, "it must be a C# identifier", problems);
        var sources = Checked(global, "CorpusSourcesClass", d.SourcesClass, Identifiers.IsValid, "it must be a C# identifier", problems);
        // The three classes are partial: two with one name would merge and clash. Later ones fall back (or give up).
        if (people == articles) people = Clash("CorpusPeopleClass", people, d.PeopleClass, articles, problems);
        if (sources == articles || sources == people) sources = Clash("CorpusSourcesClass", sources, d.SourcesClass, sources == articles ? articles : people, problems);
        if (people == articles || sources == articles || sources == people) { articles = d.ArticlesClass; people = d.PeopleClass; sources = d.SourcesClass; }
        return new OptionsResult(new GeneratorOptions(ns, articles, people, sources), problems.ToEquatableArray());
    }

    private static string Checked(AnalyzerConfigOptions global, string name, string fallback, System.Func<string, bool> valid, string why, List<LocatedDiagnostic> problems)
    {
        if (!global.TryGetValue("build_property." + name, out var raw) || string.IsNullOrWhiteSpace(raw)) return fallback;
        var value = raw.Trim();
        if (valid(value)) return value;
        problems.Add(Problem(name, value, why, fallback));
        return fallback;
    }

    private static string Clash(string name, string value, string fallback, string other, List<LocatedDiagnostic> problems)
    {
        problems.Add(Problem(name, value, "another of the generated classes (" + other + ") already has that name", fallback));
        return fallback;
    }

    private static LocatedDiagnostic Problem(string name, string value, string why, string fallback)
        => new(DiagnosticIds.InvalidProperty, "", 0, 0, 0, 0, new[] { name, value, why, fallback }.ToEquatableArray());

    /// <summary>The page, or null when the file is not marked as a corpus page.</summary>
    public static PageInput? ReadPage(AdditionalText file, AnalyzerConfigOptions options, AnalyzerConfigOptions global, CancellationToken ct)
    {
        if (!options.TryGetValue("build_metadata.AdditionalFiles.CorpusPage", out var flag) || !string.Equals(flag.Trim(), "true", System.StringComparison.OrdinalIgnoreCase))
            return null;
        var text = file.GetText(ct);
        var content = text?.ToString() ?? string.Empty;
        // A file that is not valid UTF-8 (and has no BOM) is decoded by the compiler with a fallback: where a legacy
        // code page is available (csc on .NET Framework, Windows) that is the system's ANSI code page, usually
        // Windows-1252, and SourceText.Encoding says so; where none is (csc on .NET on Linux and macOS, Roslyn 4.x)
        // it is UTF-8 with U+FFFD in place of each bad byte, which ArticleExtractor detects in the text itself.
        var legacy = text?.Encoding is { } e && !IsUnicode(e.CodePage);
        return new PageInput(file.Path, content, legacy, new PageOverrides(
            Metadata(options, "CorpusId"), Metadata(options, "CorpusSource"), Metadata(options, "CorpusPublished")),
            Lenient: global.TryGetValue("build_property.CorpusMissingMetadata", out var missing) && string.Equals(missing.Trim(), "warn", System.StringComparison.OrdinalIgnoreCase));
    }

    private static string? Metadata(AnalyzerConfigOptions options, string name)
        => options.TryGetValue("build_metadata.AdditionalFiles." + name, out var v) && !string.IsNullOrEmpty(v) ? v : null;

    private static bool IsUnicode(int codePage) => codePage is 65001 or 1200 or 1201 or 12000 or 12001 or 65000;

    private static bool IsNamespace(string name)
    {
        foreach (var part in name.Split('.')) if (!Identifiers.IsValid(part) || part == "global") return false;
        return true;
    }
}

/// <summary>The generator options and the problems found in the MSBuild properties (diagnostics without a location).</summary>
internal sealed record OptionsResult(GeneratorOptions Options, EquatableArray<LocatedDiagnostic> Diagnostics);
