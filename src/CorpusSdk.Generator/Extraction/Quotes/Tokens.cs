using System;
using System.Collections.Generic;

namespace CorpusSdk.Generator.Extraction.Quotes;

/// <summary>One whitespace-delimited word of a paragraph, with its surrounding punctuation peeled off.</summary>
internal readonly struct Token
{
    public Token(int start, int end, string word, bool possessive, char trail, char lead)
    {
        Start = start;
        End = end;
        Word = word;
        Possessive = possessive;
        Trail = trail;
        Lead = lead;
    }

    /// <summary>Offset of the raw token's first character.</summary>
    public int Start { get; }

    /// <summary>Offset just past the raw token.</summary>
    public int End { get; }

    /// <summary>The word without surrounding quotes, brackets and clause punctuation, and without "’s".</summary>
    public string Word { get; }

    public bool Possessive { get; }

    /// <summary>The clause punctuation after the word (',', ';', ':', '.', '?', '!') or '\0'.</summary>
    public char Trail { get; }

    /// <summary>An opening quote or bracket before the word, or '\0'.</summary>
    public char Lead { get; }

    public bool EndsClause => Trail != '\0' || IsCloseMark;

    public bool IsCloseMark { get; init; }

    public override string ToString() => Word;
}

/// <summary>Splits text into <see cref="Token"/>s by hand (no regular expressions on the hot path).</summary>
internal static class Tokens
{
    private static readonly HashSet<string> TitleAbbreviations = new(System.StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "Capt", "Maj", "Adm", "Brig", "Gov", "Sen", "Rep", "Rev",
        "Prof", "Cpl", "Pvt", "Cmdr", "Insp", "Supt", "Det", "Cllr", "Amb", "Pres", "Hon", "Fr", "Sr", "Jr", "St",
    };

    private static bool IsLeading(char c) => c is '“' or '"' or '‘' or '\'' or '(' or '[' or '«' or '„' or '—' or '–';

    private static bool IsTrailing(char c) => c is '”' or '"' or '’' or '\'' or ')' or ']' or '»' or ',' or '.' or ';' or ':' or '!' or '?' or '—' or '–';

    public static List<Token> Split(string text, int start, int end) => Split(text, start, end, System.Array.Empty<int>(), 0);

    /// <summary>
    /// The tokens of text[start, end), without those that start inside one of <paramref name="count"/> inclusive
    /// ranges (ranges[2k] to ranges[2k + 1]: quoted words; a paragraph holds few quotations, so testing them beats
    /// filling a mask); a token right after skipped ones gets the lead '“' when it has none of its own.
    /// </summary>
    public static List<Token> Split(string text, int start, int end, int[] ranges, int count)
    {
        // One substring per word kept (the possessive "’s" is cut before copying); lead and trail by switch, not IndexOf.
        // Built in a reused list and copied out at its exact size: a guess from the length over-allocates for
        // paragraphs that are mostly quotation (skipped) and under-allocates (then doubles) for short words.
        var list = _scratch ??= new List<Token>(256);
        list.Clear();
        var gap = false;
        var i = start;
        while (i < end)
        {
            while (i < end && IsSpace(text[i])) i++;
            if (i >= end) break;
            var s = i;
            while (i < end && !IsSpace(text[i])) i++;
            var e = i;
            var ws = s;
            var we = e;
            var lead = '\0';
            while (ws < we && IsLeading(text[ws])) { lead = text[ws]; ws++; }
            var trail = '\0';
            var closeMark = false;
            while (we > ws && IsTrailing(text[we - 1]))
            {
                var c = text[we - 1];
                // Keep the dot of an initial or an abbreviation such as "U.S." or "J.".
                if (c == '.' && we - ws >= 2 && IsAbbreviationDot(text, ws, we)) break;
                if (c == '’' || c == '\'')
                {
                    // "Jones’" possessive or a closing single quote.
                    if (we - 1 > ws && text[we - 2] == 's') { we--; continue; }
                }
                if (c is ',' or ';' or ':' or '.' or '!' or '?') { if (trail == '\0') trail = c; }
                else if (c is '”' or '"' or '»') closeMark = true;
                we--;
            }
            var len = we - ws;
            var possessive = false;
            if (len > 2 && text[we - 1] == 's' && (text[we - 2] == '’' || text[we - 2] == '\''))
            {
                len -= 2;
                possessive = true;
            }
            else if (we < e && (text[we] == '’' || text[we] == '\'') && len > 0 && text[we - 1] == 's')
            {
                possessive = true;
            }
            if (len == 0) continue;
            if (count > 0 && InRanges(ranges, count, s)) { gap = true; continue; }
            if (gap && lead == '\0') lead = '“';
            gap = false;
            var word = WordAt(text, ws, len);
            list.Add(new Token(s, e, word, possessive, trail, lead) { IsCloseMark = closeMark });
        }
        var result = new List<Token>(list.Count);
        result.AddRange(list);
        return result;
    }

    /// <summary>Whether <paramref name="offset"/> lies in one of the inclusive ranges.</summary>
    internal static bool InRanges(int[] ranges, int count, int offset)
    {
        for (var r = 0; r < count; r++)
            if (offset >= ranges[2 * r] && offset <= ranges[2 * r + 1]) return true;
        return false;
    }

    [ThreadStatic] private static List<Token>? _scratch;

    /// <summary><see cref="char.IsWhiteSpace(char)"/>, with the printable ASCII letters and marks answered without the call.</summary>
    internal static bool IsSpace(char c) => c == ' ' || (c < ' ' || c > '~') && char.IsWhiteSpace(c);

    private const int WordTableSize = 4096;

    /// <summary>
    /// The last word copied into each slot (by a hash of its characters), on this thread: most words of a page
    /// ("the", "said", a name said again) were met before, and the same string is returned instead of a new copy.
    /// A collision only replaces the slot, so the table stays this size.
    /// </summary>
    [ThreadStatic] private static string?[]? _words;

    /// <summary>text.Substring(start, length), shared with an earlier equal word when the table holds one.</summary>
    internal static string WordAt(string text, int start, int length)
    {
        var table = _words ??= new string?[WordTableSize];
        var h = 2166136261u;
        for (var k = start; k < start + length; k++) h = (h ^ text[k]) * 16777619u;
        var slot = (int)((h ^ (h >> 15)) & (WordTableSize - 1));
        var w = table[slot];
        if (w is not null && w.Length == length && string.CompareOrdinal(w, 0, text, start, length) == 0) return w;
        return table[slot] = text.Substring(start, length);
    }

    private static bool IsAbbreviationDot(string text, int ws, int we)
    {
        // "J." (an initial), "U.S." (dots inside), "Gen." etc are decided by the caller's lexicon; keep only the
        // structural cases here: a single capital letter or a word with an inner dot.
        var len = we - ws;
        if (len == 2 && char.IsUpper(text[ws])) return true;
        // The abbreviations are 2 to 4 letters: no substring for other lengths.
        if (len >= 3 && len <= 5 && TitleAbbreviations.Contains(text.Substring(ws, len - 1))) return true;
        for (var k = ws; k < we - 1; k++)
            if (text[k] == '.') return true;
        return false;
    }
}
