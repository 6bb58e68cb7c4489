using System.Globalization;

namespace CorpusSdk.Generator.Extraction.Page;

/// <summary>Classifies a cleaned line by sieves in a fixed order: the first that matches decides.</summary>
internal static class LineClassifier
{
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
        var words = WordCount(text, 20);
        if (words >= 20) return true;
        if (words < 3) return false;
        var hasLower = false;
        foreach (var c in text) if (char.IsLower(c)) { hasLower = true; break; }
        return hasLower && EndsLikeSentence(text);
    }

    public static bool EndsLikeSentence(string text)
    {
        var end = TextScan.TrimEndIndex(text, 0); // no trimmed copy
        if (end == 0) return false;
        var last = text[end - 1];
        return last is '.' or '?' or '!' or ':' or ';' or '"' or '\u201D' or '\u2019' or '\'' or ')' or '\u2026';
    }

    /// <summary>
    /// Words: runs of letters and digits (Unicode categories L and N), joined by an apostrophe or hyphen
    /// ("don't", "al-Doe"). Counts what the regex <c>[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*</c> would match,
    /// without a Match object per word.
    /// </summary>
    public static int WordCount(string text) => WordCount(text, int.MaxValue);

    /// <summary>Words, counting no further than <paramref name="max"/>.</summary>
    public static int WordCount(string text, int max)
    {
        var count = 0;
        var i = 0;
        var n = text.Length;
        while (i < n && count < max)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            i++;
            while (true)
            {
                while (i < n && IsWordChar(text[i])) i++;
                // An apostrophe or hyphen joins two runs into one word only when a letter or digit follows it.
                if (i + 1 < n && (text[i] is '\'' or '\u2019' or '-') && IsWordChar(text[i + 1])) { i += 2; continue; }
                break;
            }
            count++;
        }
        return count;
    }

    private static bool IsWordChar(char c)
    {
        if (c < 0x80) return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.OtherNumber:
                return true;
            default:
                return false;
        }
    }
}
