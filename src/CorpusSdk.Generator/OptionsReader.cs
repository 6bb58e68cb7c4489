using System.Text;
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
    public static GeneratorOptions Read(AnalyzerConfigOptions global, ParseOptions parse)
    {
        var d = GeneratorOptions.Default;
        var utf8 = parse is CSharpParseOptions cs && cs.LanguageVersion >= LanguageVersion.CSharp11;
        return new GeneratorOptions(
            Namespace(Property(global, "CorpusNamespace")) ?? d.Namespace,
            Member(Property(global, "CorpusArticlesClass")) ?? d.ArticlesClass,
            Member(Property(global, "CorpusPeopleClass")) ?? d.PeopleClass,
            Member(Property(global, "CorpusSourcesClass")) ?? d.SourcesClass,
            utf8);
    }

    /// <summary>The page, or null when the file is not marked as a corpus page.</summary>
    public static PageInput? ReadPage(AdditionalText file, AnalyzerConfigOptions options, CancellationToken ct)
    {
        if (!options.TryGetValue("build_metadata.AdditionalFiles.CorpusPage", out var flag) || !string.Equals(flag.Trim(), "true", System.StringComparison.OrdinalIgnoreCase))
            return null;
        var text = file.GetText(ct);
        var content = text?.ToString() ?? string.Empty;
        // The compiler decodes a file that is not UTF-8 as Windows-1252 (code page 1252) and says so in Encoding.
        var legacy = text?.Encoding is { } e && e.CodePage == 1252;
        return new PageInput(file.Path, content, legacy, new PageOverrides(
            Metadata(options, "CorpusId"), Metadata(options, "CorpusSource"), Metadata(options, "CorpusPublished")));
    }

    private static string? Property(AnalyzerConfigOptions options, string name)
        => options.TryGetValue("build_property." + name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    private static string? Metadata(AnalyzerConfigOptions options, string name)
        => options.TryGetValue("build_metadata.AdditionalFiles." + name, out var v) && !string.IsNullOrEmpty(v) ? v : null;

    private static string? Member(string? name) => name is not null && Identifiers.IsValid(name) ? name : null;

    private static string? Namespace(string? name)
    {
        if (name is null) return null;
        foreach (var part in name.Split('.')) if (!Identifiers.IsValid(part)) return null;
        return name;
    }
}
