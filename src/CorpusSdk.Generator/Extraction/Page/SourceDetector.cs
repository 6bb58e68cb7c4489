using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace CorpusSdk.Generator.Extraction.Page;

/// <summary>
/// Finds whose story a page is, in a fixed order of evidence (first hit wins):
/// 1. the agency in the dateline ("LONDON (Reuters) -", "PARIS, May 2 (AFP):");
/// 2. a copyright line ("© 2008 The Associated Press");
/// 3. the organisation of a byline ("By Jane Doe, Associated Press Writer");
/// 4. a logo line ("Acme News logo");
/// 5. a "Source: X" line;
/// 6. the site's name in the header: a short line with a publication word ("The Harbour Times") or a domain.
/// Photo credits never count: a wire story often carries another agency's photo.
/// Well-known agencies are written in their usual short form (Associated Press → AP).
/// </summary>
internal static class SourceDetector
{
    private static readonly Regex CopyrightHolder = new(
        @"^(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?<holder>[^.|,]+?)(?:\s*(?:\.|,|\||all rights reserved).*)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex CorporateSuffix = new(@"\s+(?:company|co|inc|ltd|llc|plc|group|limited|corporation|corp)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

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

    private static readonly Regex SourceLine = new(@"^source\s*:\s*(?<name>[^|]{2,60})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex Domain = new(@"^(?:https?://)?(?:www\.)?(?<name>[a-z0-9-]{2,40})\.(?:com|net|org|co\.uk|co|uk|ie|ca|com\.au|in|de|fr|news)(?:/\S*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex PublicationName = new(
        @"^(?:the\s+)?(?:[\p{Lu}][\p{L}'’&.\-]*\s+){0,4}(?:news|times|post|journal|herald|tribune|guardian|telegraph|daily|gazette|chronicle|observer|independent|mail|express|star|sun|standard|record|review|week|weekly|online|today|press|wire|network|radio|tv|television|broadcasting|magazine|ledger|courier|bulletin|dispatch|examiner|inquirer|sentinel|monitor|mirror|globe|register|reporter|voice|world|echo|argus|gleaner|advertiser|citizen|leader|enquirer|courant|beacon|clarion|banner|gazette|mercury|messenger|pioneer|sentinel|statesman|times-\w+|journal-\w+|democrat|republican|post-\w+|free\s+press|nation|hindu|insider|today)(?:\s+[\p{Lu}][\p{L}'’&.\-]*){0,3}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>"Source: Acme Wire" gives "Acme Wire".</summary>
    public static string? FromSourceLine(string line)
    {
        var t = line.Trim();
        if (!TextScan.MayMatchAt(t, 0, "source")) return null; // the pattern opens with "source"
        var m = SourceLine.Match(t);
        return m.Success ? Canonical(m.Groups["name"].Value.Trim()) : null;
    }

    /// <summary>A header line naming the site: "The Harbour Times", "harbourtimes.com". Needs capitals (or a domain): a headline is not a site name.</summary>
    public static string? FromSiteName(string line)
    {
        var t = line.Trim();
        if (t.Length < 2 || t.Length > 50) return null;
        // Domain needs a literal '.' (before its top-level domain): most header lines have none.
        if (t.IndexOf('.') >= 0 && Domain.IsMatch(t)) return Canonical(t.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? t.Substring(4) : t);
        // "Police report theft": a sentence, not a title. Checked before the regex (both must pass; this test is cheap).
        if (HasLowerCaseWord(t)) return null;
        if (!PublicationName.IsMatch(t)) return null;
        return Canonical(t);
    }

    /// <summary>A word (between single spaces) of more than three characters opens in lower case.</summary>
    private static bool HasLowerCaseWord(string t)
    {
        var start = 0;
        while (start <= t.Length)
        {
            var end = t.IndexOf(' ', start);
            if (end < 0) end = t.Length;
            if (end - start > 3 && char.IsLower(t[start])) return true;
            start = end + 1;
        }
        return false;
    }

    /// <summary>The organisation after a byline's comma, when it is one ("Associated Press"), not a job ("Environment Correspondent").</summary>
    public static string? FromBylineOrganisation(string? organisation)
    {
        if (organisation is null) return null;
        var canonical = Canonical(organisation);
        return !string.Equals(canonical, organisation.Trim(), StringComparison.Ordinal) ? canonical : FromSiteName(organisation);
    }

    public static string? FromDatelineAgency(string? agency) => agency is null ? null : Canonical(agency);

    public static string? FromCopyright(string line)
    {
        var m = CopyrightHolder.Match(line.Trim());
        if (!m.Success) return null;
        var holder = CorporateSuffix.Replace(TrailingYear.Replace(m.Groups["holder"].Value.Trim(), ""), "").Trim();
        return holder.Length is > 1 and < 60 ? Canonical(holder) : null;
    }

    private static readonly Regex TrailingYear = new(@"\s*,?\s*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?$", RegexOptions.CultureInvariant);

    private static readonly Regex NameWithTagline = new(
        @"^(?<name>(?:The\s+)?[\p{Lu}][\p{L}'’&.\-]*(?:\s+(?:of|on|and|&)?\s*[\p{Lu}][\p{L}'’&.\-]*){0,3})\s*(?:[—–|:]|\s-)\s*\S.*$",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// A site's name on its first line before a tagline ("Pocket Policy — news from the statehouse"): the last
    /// resort when nothing else names the source. A name alone is not enough: it may be the headline.
    /// </summary>
    public static string? FromNameWithTagline(string line)
    {
        var m = NameWithTagline.Match(line.Trim());
        if (!m.Success) return null;
        var name = m.Groups["name"].Value.Trim();
        return name.Length is > 1 and <= 40 && name.IndexOf(' ') > 0 ? Canonical(name) : null;
    }

    private static readonly Regex TitleSuffix = new(@"\s(?:\||-|–|—|::)\s(?<name>[^|–—]{2,50})$", RegexOptions.CultureInvariant);

    /// <summary>The site named at the end of a saved page title: "Headline | Section | The Harbour Times" gives "The Harbour Times".</summary>
    public static string? FromTitleSuffix(string line)
    {
        var m = TitleSuffix.Match(line.Trim());
        return m.Success ? FromSiteName(m.Groups["name"].Value.Trim()) : null;
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
