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

    private static readonly char[] CreditMarks = { '/', '(', ':' };

    /// <summary>True for a line that is only a photo credit.</summary>
    public static bool IsStandalone(string line)
    {
        var t = line.Trim();
        return t.Length <= 80 && (Standalone.IsMatch(t) || (Labelled.IsMatch(t) && t.Split(' ').Length <= 8));
    }

    /// <summary>The credit that closes a caption, or null. Only lines long enough to be a caption count.</summary>
    public static string? TrailingCredit(string line)
    {
        var t = line.Trim();
        // Every alternative of Trailing needs a '/', a '(' or a ':'; most caption-length lines have none.
        if (t.IndexOfAny(CreditMarks) < 0) return null;
        if (t.Split(' ').Length < 5) return null;
        var m = Trailing.Match(t);
        if (!m.Success) return null;
        var credit = m.Groups["credit"].Value.Trim();
        // "(AP Photo/Jane Doe)" is kept without its parentheses, "Photo: Jane Doe/Acme" without its label.
        if (credit.StartsWith("(", System.StringComparison.Ordinal)) credit = credit.Substring(1, credit.Length - 2).Trim();
        var label = Labelled.Match(credit);
        return label.Success ? label.Groups["credit"].Value.Trim() : credit;
    }
}
