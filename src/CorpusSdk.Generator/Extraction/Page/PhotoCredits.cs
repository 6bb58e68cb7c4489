using System;
using System.Text.RegularExpressions;

namespace CorpusSdk.Generator.Extraction.Page;

/// <summary>
/// Photo credits, standalone ("Jane Doe / Reuters", "Photo: Jane Doe/AFP") or closing a caption
/// ("... on Monday. REUTERS/Jane Doe", "(AP Photo/Jane Doe)", "(Photo: Getty Images)", "Photo: Jane Doe/Acme").
/// </summary>
internal static class PhotoCredits
{
    private const string Name = @"[\p{Lu}][\p{L}'’.\-]+(?:\s+(?:[\p{Lu}][\p{L}'’.\-]+|al-[\p{L}'’\-]+|bin|de|van|von)){0,3}";
    private const string Agency = @"(?:[\p{Lu}][\p{L}&.\-]*(?:\s+[\p{Lu}][\p{L}&.\-]*){0,3})";

    private static readonly Regex Standalone = new(
        @"^(?:(?:photo(?:graph)?|image|picture|credit)s?\s*:\s*)?(?:" + Name + @"\s*/\s*" + Agency + @"|[\p{Lu}]{2,}(?:\s+PHOTO)?\s*/\s*" + Name + @"(?:\s*/\s*" + Agency + @")?)$",
        RegexOptions.CultureInvariant);

    private static readonly Regex Trailing = new(
        @"(?:\s|^)(?<credit>[\p{Lu}]{2,}(?:\s+PHOTO)?\s*/\s*" + Name + @"(?:\s*/\s*" + Agency + @")?|\((?:AP|AFP|Reuters|REUTERS)\s+Photo(?:/[^)]*)?\)|\((?i:photo(?:graph)?|image|picture|credit)s?\s*:\s*[^)]+\)|(?i:photo(?:graph)?|image|picture|credit)s?\s*:\s*[^.:]{2,60})\s*\.?$",
        RegexOptions.CultureInvariant);

    private static readonly Regex Labelled = new(@"^(?:photo(?:graph)?|image|picture|credit)s?\s*:\s*(?<credit>.{2,60})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The labels of <see cref="Trailing"/>'s "Photo: ..." alternatives (matched ignoring case).</summary>
    private static readonly string[] Labels = { "photo", "photograph", "image", "picture", "credit" };

    /// <summary>True for a line that is only a photo credit.</summary>
    public static bool IsStandalone(string line)
    {
        var t = line.Trim();
        // Both alternatives of Standalone need a '/', Labelled a ':'.
        return t.Length <= 80 && ((t.IndexOf('/') >= 0 && Standalone.IsMatch(t)) || (t.IndexOf(':') >= 0 && Labelled.IsMatch(t) && t.Split(' ').Length <= 8));
    }

    /// <summary>
    /// A cheap necessary condition for <see cref="Trailing"/>: "REUTERS/Jane Doe" needs a '/', "(AP Photo)" the word
    /// "Photo" as written, and the labelled alternatives a label, an optional 's' and white space before a ':'
    /// (a non-ASCII character may be a letter of the label under IgnoreCase). Prose with a colon or brackets has none.
    /// </summary>
    private static bool MayEndWithCredit(string t)
    {
        if (t.IndexOf('/') >= 0 || t.IndexOf("Photo", StringComparison.Ordinal) >= 0) return true;
        for (var colon = t.IndexOf(':'); colon >= 0; colon = t.IndexOf(':', colon + 1))
        {
            var end = colon;
            while (end > 0 && char.IsWhiteSpace(t[end - 1])) end--;
            var plural = end > 0 && t[end - 1] == 's';
            foreach (var label in Labels)
                if (TextScan.MayMatchAt(t, end - label.Length, label) || (plural && TextScan.MayMatchAt(t, end - 1 - label.Length, label))) return true;
        }
        return false;
    }

    /// <summary>The credit that closes a caption, or null. Only lines long enough to be a caption count.</summary>
    public static string? TrailingCredit(string line)
    {
        var t = line.Trim();
        if (!MayEndWithCredit(t)) return null; // most caption-length lines
        if (t.Split(' ').Length < 5) return null;
        var m = Trailing.Match(t);
        if (!m.Success) return null;
        var credit = m.Groups["credit"].Value.Trim();
        // "(AP Photo/Jane Doe)" is kept without its parentheses, "Photo: Jane Doe/Acme" without its label.
        if (credit.StartsWith("(", StringComparison.Ordinal)) credit = credit.Substring(1, credit.Length - 2).Trim();
        var label = Labelled.Match(credit);
        return label.Success ? label.Groups["credit"].Value.Trim() : credit;
    }
}
