using System.Text.RegularExpressions;

namespace CorpusSdk.Generator.Extraction.Page;

/// <summary>Classifies a cleaned line by sieves in a fixed order: the first that matches decides.</summary>
internal static class LineClassifier
{
    private static readonly Regex Word = new(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant);

    public static ClassifiedLine Classify(int number, string text)
    {
        if (text.Length == 0) return new(number, text, LineKind.Blank);
        if (Furniture.IsLogo(text)) return new(number, text, LineKind.Logo);
        if (Furniture.IsJunk(text)) return new(number, text, LineKind.Junk);
        if (Furniture.IsCopyright(text)) return new(number, text, LineKind.Copyright);
        if (PublishedDateParser.ParseDateLine(text) is { } date) return new(number, text, LineKind.Date) { Date = date };
        if (CreditLineParser.ParseCreditLine(text) is { } credits) return new(number, text, LineKind.Credit) { Credits = credits };
        if (CreditLineParser.ParseByline(text) is { } authors) return new(number, text, LineKind.Byline) { Credits = authors };
        if (PhotoCredits.IsStandalone(text)) return new(number, text, LineKind.PhotoCredit);
        if (PhotoCredits.TrailingCredit(text) is { } credit) return new(number, text, LineKind.Caption) { CaptionCredit = credit };
        return new(number, text, IsProse(text) ? LineKind.Prose : LineKind.Short);
    }

    /// <summary>
    /// Sentence-like: three or more words with lower-case letters that end as a sentence does, or a line long
    /// enough (20+ words) that it can only be running text. Related-link headlines are shorter and unpunctuated.
    /// </summary>
    public static bool IsProse(string text)
    {
        var words = WordCount(text);
        if (words >= 20) return true;
        if (words < 3) return false;
        var hasLower = false;
        foreach (var c in text) if (char.IsLower(c)) { hasLower = true; break; }
        return hasLower && EndsLikeSentence(text);
    }

    public static bool EndsLikeSentence(string text)
    {
        var t = text.TrimEnd();
        if (t.Length == 0) return false;
        var last = t[t.Length - 1];
        return last is '.' or '?' or '!' or ':' or ';' or '"' or '\u201D' or '\u2019' or '\'' or ')' or '\u2026';
    }

    public static int WordCount(string text) => Word.Matches(text).Count;
}
