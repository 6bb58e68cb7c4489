using System;

namespace CorpusSdk.Generator.Extraction.Page;

/// <summary>
/// Cheap necessary conditions checked before a regular expression runs, so most lines never reach it. Each check
/// may say "maybe" when the regex then fails, never "no" when it would match: the regex still decides.
/// </summary>
internal static class TextScan
{
    /// <summary>
    /// True when <paramref name="word"/> (lower-case ASCII) could occur at <paramref name="at"/> under a case-insensitive
    /// regex: ASCII characters must match ignoring case; any non-ASCII character counts as a match (case-insensitive
    /// regexes may treat some, such as the Kelvin sign, as equal to ASCII letters).
    /// </summary>
    public static bool MayMatchAt(string text, int at, string word)
    {
        if (at < 0 || at + word.Length > text.Length) return false;
        for (var k = 0; k < word.Length; k++)
        {
            var c = text[at + k];
            if (c >= 0x80) continue;
            if (c >= 'A' && c <= 'Z') c = (char)(c | 0x20);
            if (c != word[k]) return false;
        }
        return true;
    }

    /// <summary>True when <paramref name="word"/> (lower-case ASCII) may occur anywhere in <paramref name="text"/> (see <see cref="MayMatchAt"/>).</summary>
    public static bool MayContain(string text, string word)
    {
        // A window of ASCII characters only matches exactly when they equal the word ignoring ASCII case, which is
        // what an ordinal case-insensitive search finds (vectorised). Any window it finds is also a "maybe" here.
        if (text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0) return true;
        // The other windows hold a non-ASCII character (a match for any letter here): only those are checked one by one.
        for (var i = FirstNonAscii(text); i >= 0 && i < text.Length; i++)
        {
            if (text[i] < 0x80) continue;
            var last = Math.Min(i, text.Length - word.Length);
            for (var at = Math.Max(0, i - word.Length + 1); at <= last; at++)
                if (MayMatchAt(text, at, word)) return true;
        }
        return false;
    }

    [ThreadStatic] private static string? _scanned;
    [ThreadStatic] private static int _scannedFirstNonAscii;

    /// <summary>
    /// Index of the first non-ASCII character, or -1. The sieves ask several words of one line in a row, so the last
    /// line's answer is kept (by reference: strings do not change).
    /// </summary>
    private static int FirstNonAscii(string text)
    {
        if (ReferenceEquals(text, _scanned)) return _scannedFirstNonAscii;
        var first = -1;
        var i = 0;
        // Four characters a test: one branch per four in the common all-ASCII line.
        for (; i + 4 <= text.Length; i += 4)
            if ((text[i] | text[i + 1] | text[i + 2] | text[i + 3]) >= 0x80) break;
        for (; i < text.Length; i++)
            if (text[i] >= 0x80) { first = i; break; }
        _scanned = text;
        return _scannedFirstNonAscii = first;
    }

    /// <summary>Index of the first character that is not white space (as <see cref="string.Trim()"/> sees it), or the length.</summary>
    public static int TrimStartIndex(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    /// <summary>Index after the last character that is not white space, or the start.</summary>
    public static int TrimEndIndex(string text, int start)
    {
        var e = text.Length;
        while (e > start && char.IsWhiteSpace(text[e - 1])) e--;
        return e;
    }
}
