using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using CorpusSdk.Generator.Model;

namespace CorpusSdk.Generator.Extraction.Page;

/// <summary>
/// Reads credit lines: "Additional reporting by A in X; Editing by B", "Reporting by A and B; Writing by C",
/// and bylines "By JANE DOE, Associated Press Writer". Names are split on commas and "and", and the
/// " in City" that wire credits add is dropped.
/// </summary>
internal static class CreditLineParser
{
    private static readonly Regex Part = new(
        @"^(?<role>(?:additional\s+)?reporting|writing|written|editing|edited|compiled|compiling|additional\s+writing|graphics?|photos?|photographs?|illustrations?|illustrated)\s+(?:by|from)\s+(?<names>.+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>"Associated Press writer Jane Doe in Boston contributed to this report." / "Jane Doe contributed reporting."</summary>
    private static readonly Regex Contributed = new(
        @"^(?:(?:[\p{L}.&]+\s+){0,3}?(?:staff\s+)?(?:writers?|reporters?|correspondents?)\s+)?(?<names>\p{Lu}.*?)\s+(?:also\s+)?contributed(?:\s+to)?(?:\s+(?:this|the))?\s*(?:report|story|article|reporting|research)\.?$",
        RegexOptions.CultureInvariant);

    /// <summary>"By Rob Smith for the Daily Courant": the publication after "for" is no part of the name.</summary>
    private static readonly Regex ForPublication = new(@"\s+for\s+(?:the\s+)?\p{Lu}.*$", RegexOptions.CultureInvariant);

    private static readonly Regex Byline = new(@"^by:?\s+(?<names>[^|]+?)(?:\s*[|/]\s*.*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex NameSplit = new(@"\s*(?:,|;|\band\b|&)\s*", RegexOptions.CultureInvariant);

    private static readonly Regex PlaceSuffix = new(@"\s+(?:in|from|at)\s+.*$", RegexOptions.CultureInvariant);

    private static readonly Regex PersonName = new(@"^[\p{Lu}][\p{L}'’.\-]*(?:\s+(?:[\p{Lu}][\p{L}'’.\-]*|al-[\p{L}'’\-]+|bin|ibn|de|da|van|von|der|le|la|del))*$", RegexOptions.CultureInvariant);

    /// <summary>Credits of a "... by ..." credit line, or null when the line is not one.</summary>
    public static IReadOnlyList<CreditModel>? ParseCreditLine(string line)
    {
        // Each part is "<role> by|from <names>", or the line says who "contributed": without those words it is no credit line.
        var mayContribute = TextScan.MayContain(line, "contributed");
        if (!mayContribute && !(MayOpenWithRole(line) && (TextScan.MayContain(line, "by") || TextScan.MayContain(line, "from")))) return null;
        var credits = new List<CreditModel>();
        line = line.Trim();
        // "(Reporting by Jane Doe; Editing by John Roe)": newspapers wrap the wire's credit line in parentheses.
        if (line.Length > 2 && line[0] == '(' && line.TrimEnd('.')[line.TrimEnd('.').Length - 1] == ')') line = line.TrimEnd('.').Substring(1, line.TrimEnd('.').Length - 2);
        var contributed = mayContribute ? Contributed.Match(line.Trim()) : Match.Empty; // the pattern backtracks: run it only when it can match
        if (contributed.Success)
        {
            // "The Associated Press contributed to this report.": still a credit line, but it names no person.
            foreach (var name in Names(contributed.Groups["names"].Value))
                if (!LooksLikeJob(name)) credits.Add(new CreditModel(CreditKind.Reporting, name));
            return credits;
        }
        foreach (var raw in line.Trim().TrimEnd('.').Split(';'))
        {
            var m = Part.Match(raw.Trim());
            if (!m.Success) return null;
            var role = RoleOf(m.Groups["role"].Value);
            foreach (var name in Names(m.Groups["names"].Value)) credits.Add(new CreditModel(role, name));
        }
        return credits.Count > 0 ? credits : null;
    }

    /// <summary>The words <see cref="Part"/>'s roles open with ("writ" for "writing" and "written").</summary>
    private static readonly string[] RoleOpeners = { "additional", "reporting", "writ", "edit", "compil", "graphic", "photo", "illustrat" };

    /// <summary>
    /// A cheap necessary condition for a "role by names" line: its first part, after white space and an opening
    /// parenthesis, opens with a role word (ignoring case; a non-ASCII character may be one of its letters).
    /// </summary>
    private static bool MayOpenWithRole(string line)
    {
        var start = TextScan.TrimStartIndex(line);
        if (start < line.Length && line[start] == '(')
            while (++start < line.Length && char.IsWhiteSpace(line[start])) { }
        foreach (var role in RoleOpeners)
            if (TextScan.MayMatchAt(line, start, role)) return true;
        return false;
    }

    /// <summary>True for a line that opens like a byline ("By ...", "By: ...").</summary>
    public static bool IsBylineStart(string line) => Byline.IsMatch(line.Trim());

    /// <summary>Authors of a byline "By Jane Doe and John Roe, Staff Writers", or null.</summary>
    public static IReadOnlyList<CreditModel>? ParseByline(string line)
    {
        var trimmed = line.Trim();
        if (!TextScan.MayMatchAt(trimmed, 0, "by")) return null; // the byline pattern opens with "by"
        if (trimmed.Split(' ').Length > 14) return null;
        var m = Byline.Match(trimmed);
        if (!m.Success) return null;
        var names = TrailingAcronym.Replace(ForPublication.Replace(m.Groups["names"].Value, ""), "");
        // "By Jane Doe, Associated Press Writer": what follows the first comma is a job, not a name,
        // unless it is itself a name list ("By Jane Doe, John Roe and Ann Poe").
        var parts = new List<CreditModel>();
        foreach (var name in Names(names))
            if (PersonName.IsMatch(name) && !LooksLikeJob(name)) parts.Add(new CreditModel(CreditKind.Author, name));
        return parts.Count > 0 ? parts : null;
    }

    /// <summary>An organisation named in a byline's job ("Associated Press Writer" gives "Associated Press").</summary>
    public static string? BylineOrganisation(string line)
    {
        var comma = line.IndexOf(',');
        if (comma < 0) return null;
        var job = JobSuffix.Replace(line.Substring(comma + 1).Trim(), "");
        return job.Length > 1 && job.Length < 40 ? job : null;
    }

    private static IEnumerable<string> Names(string list)
    {
        // Most lists name one person: no separator, no split (Split would return the list alone).
        var pieces = list.IndexOfAny(NameSeparators) >= 0 || list.IndexOf("and", System.StringComparison.Ordinal) >= 0 ? NameSplit.Split(list) : new[] { list };
        foreach (var piece in pieces)
        {
            var trimmed = piece.Trim();
            var name = (MayHavePlaceSuffix(trimmed) ? PlaceSuffix.Replace(trimmed, "") : trimmed).Trim().TrimEnd('.');
            if (name.Length == 0) continue;
            if (!PersonName.IsMatch(name)) continue;
            yield return TitleCaseIfShouting(name);
        }
    }

    private static readonly char[] NameSeparators = { ',', ';', '&' };

    private static readonly string[] PlaceWords = { "in", "from", "at" };

    /// <summary>
    /// A cheap necessary condition for <see cref="PlaceSuffix"/> (case-sensitive): white space, then "in", "from" or
    /// "at", then white space.
    /// </summary>
    internal static bool MayHavePlaceSuffix(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i - 1]) || char.IsWhiteSpace(text[i])) continue;
            foreach (var word in PlaceWords)
                if (i + word.Length < text.Length && string.CompareOrdinal(text, i, word, 0, word.Length) == 0 && char.IsWhiteSpace(text[i + word.Length])) return true;
        }
        return false;
    }

    private static readonly Regex Job = new(@"\b(?:writer|correspondent|reporter|editor|staff|press|news|service|agency|times|post|journal|herald|tribune|bureau)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex JobSuffix = new(@"\s+(?:staff\s+)?(?:writer|correspondent|reporter|editor)s?\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static bool LooksLikeJob(string text) => Job.IsMatch(text);

    /// <summary>"By Jane Doe, CNN": a short all-capitals word after a name in ordinary case is the organisation, not a second author.</summary>
    private static readonly Regex TrailingAcronym = new(@"(?<=\p{Ll}[^,]*)\s*,\s*\p{Lu}{2,6}\s*$", RegexOptions.CultureInvariant);

    /// <summary>"JANE DOE" becomes "Jane Doe" (bylines often shout); mixed case stays as written.</summary>
    internal static string TitleCaseIfShouting(string name)
    {
        foreach (var c in name) if (char.IsLower(c)) return name;
        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());
    }

    private static CreditKind RoleOf(string role)
    {
        var r = role.ToLowerInvariant();
        if (r.Contains("edit")) return CreditKind.Editing;
        if (r.StartsWith("writ", System.StringComparison.Ordinal) || r.Contains("writing")) return CreditKind.Author;
        if (r.StartsWith("photo", System.StringComparison.Ordinal) || r.StartsWith("illustrat", System.StringComparison.Ordinal)) return CreditKind.Photo;
        return CreditKind.Reporting;
    }
}
