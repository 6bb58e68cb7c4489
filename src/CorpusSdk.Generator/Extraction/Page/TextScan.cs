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
        for (var i = 0; i + word.Length <= text.Length; i++)
            if (MayMatchAt(text, i, word)) return true;
        return false;
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
