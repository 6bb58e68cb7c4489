using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace CorpusSdk.Generator.Extraction.Page;

/// <summary>
/// Finds whose story a page is, in a fixed order of evidence (first hit wins):
/// 1. the agency in the dateline ("LONDON (Reuters) -", "PARIS, May 2 (AFP):");
/// 2. a copyright line ("© 2008 The Associated Press");
/// 3. the organisation of a byline ("By Jane Doe, Associated Press Writer");
/// 4. a logo line ("Acme News logo").
/// Photo credits never count: a wire story often carries another agency's photo.
/// Well-known agencies are written in their usual short form (Associated Press → AP).
/// </summary>
internal static class SourceDetector
{
    private static readonly Regex CopyrightHolder = new(
        @"^(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?<holder>[^.|,]+?)(?:\s*(?:\.|,|\||all rights reserved).*)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly (string Pattern, string Name)[] Agencies =
    {
        ("thomson reuters", "Reuters"), ("reuters", "Reuters"),
        ("agence france-presse", "AFP"), ("agence france presse", "AFP"), ("afp", "AFP"),
        ("the associated press", "AP"), ("associated press", "AP"), ("ap", "AP"),
        ("united press international", "UPI"), ("upi", "UPI"),
        ("deutsche presse-agentur", "dpa"), ("dpa", "dpa"),
        ("bloomberg news", "Bloomberg"), ("bloomberg", "Bloomberg"),
        ("xinhua news agency", "Xinhua"), ("xinhua", "Xinhua"),
    };

    public static string? FromDatelineAgency(string? agency) => agency is null ? null : Canonical(agency);

    public static string? FromCopyright(string line)
    {
        var m = CopyrightHolder.Match(line.Trim());
        if (!m.Success) return null;
        var holder = Regex.Replace(m.Groups["holder"].Value.Trim(), @"\s+(?:company|co|inc|ltd|llc|plc|group|limited|corporation|corp)\.?$", "", RegexOptions.IgnoreCase).Trim();
        return holder.Length is > 1 and < 60 ? Canonical(holder) : null;
    }

    public static string? FromLogo(string line)
    {
        var t = line.Trim();
        var name = t.Substring(0, t.Length - "logo".Length).Trim();
        return name.Length > 1 ? Canonical(name) : null;
    }

    /// <summary>The usual short name of a known agency, else the name as written (without a leading "The").</summary>
    public static string Canonical(string name)
    {
        var t = name.Trim();
        foreach (var (pattern, canonical) in Agencies)
            if (string.Equals(t, pattern, StringComparison.OrdinalIgnoreCase)) return canonical;
        foreach (var (pattern, canonical) in Agencies)
            if (pattern.Length > 3 && t.IndexOf(pattern, StringComparison.OrdinalIgnoreCase) >= 0) return canonical;
        return t;
    }

    /// <summary>First source found among the candidates, in the documented order.</summary>
    public static string? First(IEnumerable<string?> candidates)
    {
        foreach (var c in candidates) if (!string.IsNullOrWhiteSpace(c)) return c;
        return null;
    }
}
