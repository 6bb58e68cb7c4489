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
    /// A cheap necessary condition for <see cref="Trailing"/>: "REUTERS/Jane Doe" needs a '/' with only name or agency
    /// characters after the last one, "(AP Photo)" the word "Photo" as written and a closing ')', and the labelled
    /// alternatives a label, an optional 's' and white space before a ':' (a non-ASCII character may be a letter of the
    /// label under IgnoreCase). Prose with a colon, brackets or "and/or" mid-line has none.
    /// </summary>
    private static bool MayEndWithCredit(string t)
    {
        var slash = t.LastIndexOf('/');
        if (slash >= 0 && OnlyNameCharsAfter(t, slash)) return true;
        if (t.IndexOf("Photo", StringComparison.Ordinal) >= 0 && t.IndexOf(')') >= 0) return true;
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

    /// <summary>Letters, white space and the other characters of a name or agency ('’.-&amp;) only, after <paramref name="at"/>.</summary>
    private static bool OnlyNameCharsAfter(string t, int at)
    {
        for (var i = at + 1; i < t.Length; i++)
        {
            var c = t[i];
            if (!char.IsLetter(c) && !char.IsWhiteSpace(c) && c is not ('\'' or '\u2019' or '.' or '-' or '&')) return false;
        }
        return true;
    }

    /// <summary>The credit that closes a caption, or null. Only lines long enough to be a caption count.</summary>
    public static string? TrailingCredit(string line)
    {
        var t = line.Trim();
        if (!MayEndWithCredit(t)) return null; // most caption-length lines
        if (Spaces(t, 4) < 4) return null; // fewer than five parts split on ' '
        var m = Trailing.Match(t, MatchCannotStartBefore(t));
        if (!m.Success) return null;
        var credit = m.Groups["credit"].Value.Trim();
        // "(AP Photo/Jane Doe)" is kept without its parentheses, "Photo: Jane Doe/Acme" without its label.
        if (credit.StartsWith("(", StringComparison.Ordinal)) credit = credit.Substring(1, credit.Length - 2).Trim();
        var label = Labelled.Match(credit);
        return label.Success ? label.Groups["credit"].Value.Trim() : credit;
    }

    /// <summary>
    /// Where the scan for <see cref="Trailing"/> may start without missing its leftmost match. Without '(' or ':' only
    /// the "REUTERS/Jane Doe" alternative can match, and all of it (with the white space around it and a final '.') is
    /// letters, white space and /'’.-&amp;: it starts after the last other character. A caption's text before it is skipped.
    /// </summary>
    internal static int MatchCannotStartBefore(string t)
    {
        if (t.IndexOf('(') >= 0 || t.IndexOf(':') >= 0) return 0;
        for (var i = t.Length - 1; i >= 0; i--)
        {
            var c = t[i];
            if (!char.IsLetter(c) && !char.IsWhiteSpace(c) && c is not ('/' or '\'' or '\u2019' or '.' or '-' or '&')) return i + 1;
        }
        return 0;
    }

    private static int Spaces(string t, int max)
    {
        var n = 0;
        for (var i = t.IndexOf(' '); i >= 0 && n < max; i = t.IndexOf(' ', i + 1)) n++;
        return n;
    }
}
