using System.Text.RegularExpressions;

namespace CorpusSdk.Generator.Extraction.Page;

/// <summary>
/// Reads the dateline that opens a story: "TEHRAN (Reuters) - ", "PARIS, Aug 9 (AFP): ", "NEW YORK, N.Y. — ".
/// The city must be in capitals, as wire style writes it; the agency in parentheses is returned too.
/// </summary>
internal static class DatelineParser
{
    private static readonly Regex Dateline = new(
        @"^(?<city>\p{Lu}[\p{Lu}.'’\-]*(?:\s+\p{Lu}[\p{Lu}.'’\-]*){0,3})(?:\s*,\s*(?<rest>[^()\n]{1,40}?))?\s*(?:\((?<agency>[^)]{1,40})\))?\s*(?:[-–—]{1,2}|:)\s+\S",
        RegexOptions.CultureInvariant);

    /// <summary>"Colombo, Sept 21 (CEM) – ": a city in ordinary capitals, but with the date (and agency) a dateline carries.</summary>
    private static readonly Regex TitleCaseDateline = new(
        @"^(?<city>\p{Lu}\p{Ll}+(?:[\s\-]\p{Lu}\p{Ll}+){0,2})\s*,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}{0,6}\.?\s+\d{1,2}\s*(?:\((?<agency>[^)]{1,40})\))?\s*(?:[-–—]{1,2}|:)\s+\S",
        RegexOptions.CultureInvariant);

    public static (string? City, string? Agency) Parse(string firstParagraph)
    {
        var m = Dateline.Match(firstParagraph);
        if (!m.Success) m = TitleCaseDateline.Match(firstParagraph);
        if (!m.Success) return (null, null);
        var city = m.Groups["city"].Value.Trim();
        var agency = m.Groups["agency"].Success ? m.Groups["agency"].Value.Trim() : null;
        // A dash after an all-caps word without an agency could be a shouted headline fragment; ask for 3+ letters.
        var letters = 0;
        foreach (var c in city) if (char.IsLetter(c)) letters++;
        if (letters < 3) return (null, agency);
        return (city, agency);
    }
}
