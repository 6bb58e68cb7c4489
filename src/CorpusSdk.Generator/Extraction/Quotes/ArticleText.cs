using System;
using System.Collections.Generic;
using CorpusSdk.Generator.Model;

namespace CorpusSdk.Generator.Extraction.Quotes;

/// <summary>A sentence of a paragraph as a character range; quoted text never splits a sentence.</summary>
internal readonly struct SentenceRange
{
    public SentenceRange(int start, int end) { Start = start; End = end; }

    public int Start { get; }

    public int End { get; }

    public bool Contains(int offset) => offset >= Start && offset < End;
}

/// <summary>One paragraph prepared for attribution: writer's tokens (outside quotes) and sentences.</summary>
internal sealed class ParagraphText
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "Capt", "Maj", "Adm", "Brig", "Gov", "Sen", "Rep", "Rev", "Prof",
        "Cllr", "Insp", "Supt", "Det", "Cpl", "Pvt", "Cmdr", "St", "Jr", "Sr", "No", "Inc", "Corp", "Co", "Ltd", "vs", "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Mt", "Ft", "approx", "est",
    };

    public ParagraphText(string text, List<Token> writerTokens, List<SentenceRange>? sentences)
    {
        Text = text;
        Writer = writerTokens;
        _sentences = sentences;
    }

    private List<SentenceRange>? _sentences;

    public string Text { get; }

    /// <summary>Tokens of the writer's own words, in order.</summary>
    public List<Token> Writer { get; }

    /// <summary>
    /// The sentences; for a paragraph without quotation they are found on first use (most such paragraphs are read
    /// only for their names, never by sentence), from the text alone.
    /// </summary>
    public List<SentenceRange> Sentences => _sentences ??= SentencesOf(Text, NoRanges, 0, NoCloses);

    public SentenceRange SentenceAt(int offset)
    {
        foreach (var s in Sentences)
            if (s.Contains(offset)) return s;
        return Sentences.Count > 0 ? Sentences[Sentences.Count - 1] : new SentenceRange(0, Text.Length);
    }

    /// <summary>
    /// The writer's tokens starting in [from, to), as a list its readers must not change: no copy when the run is
    /// empty (a shared empty list) or all the writer's tokens (the list itself).
    /// </summary>
    public List<Token> WriterIn(int from, int to)
    {
        // The tokens are in text order, so those starting in the range are one run: found by binary search.
        var first = FirstWriterAt(from);
        var end = first;
        while (end < Writer.Count && Writer[end].Start < to) end++;
        if (end == first) return NoTokens;
        if (end - first == Writer.Count) return Writer;
        return Writer.GetRange(first, end - first);
    }

    /// <summary>Shared and never added to: the writer's tokens of an empty run.</summary>
    private static readonly List<Token> NoTokens = new();

    /// <summary>Index of the first writer's token starting at or after <paramref name="offset"/> (the count when none).</summary>
    private int FirstWriterAt(int offset)
    {
        int lo = 0, hi = Writer.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (Writer[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The quoted ranges of the paragraph being built, reused on this thread (no array per paragraph).</summary>
    [ThreadStatic] private static int[]? _ranges;

    /// <summary>The paragraph's text; <paramref name="spans"/> in article order (as the scanners give them).</summary>
    public static ParagraphText Build(string text, int paragraph, IReadOnlyList<QuoteSpan> spans)
    {
        var first = 0;
        return Build(text, paragraph, spans as List<QuoteSpan> ?? new List<QuoteSpan>(spans), ref first);
    }

    /// <summary>
    /// As above, for paragraphs built in order: <paramref name="first"/> carries, from one paragraph to the next,
    /// the index of the first span not ended before it, so each paragraph looks only at the spans that reach it.
    /// </summary>
    public static ParagraphText Build(string text, int paragraph, List<QuoteSpan> spans, ref int first)
    {
        // Spans ended before this paragraph end before every later one too.
        while (first < spans.Count && spans[first].EndParagraph < paragraph) first++;
        // The quoted characters (marks included) as inclusive ranges, not a mask as long as the paragraph: a
        // paragraph holds few quotations, and a mask costs a clear and a fill of every quoted character.
        var ranges = _ranges ??= new int[32];
        var count = 0;
        // Most paragraphs hold no closing mark: the list is made for those that do.
        List<QuoteSpan>? found = null;
        for (var s = first; s < spans.Count; s++)
        {
            var q = spans[s];
            if (q.Paragraph > paragraph) break; // in article order: the rest open later
            if (q.EndParagraph < paragraph) continue;
            var from = q.Paragraph == paragraph ? q.Open : 0;
            var to = Math.Min(q.EndParagraph == paragraph ? q.Close : text.Length - 1, text.Length - 1);
            if (from <= to)
            {
                if (2 * count + 2 > ranges.Length) Array.Resize(ref ranges, ranges.Length * 2);
                ranges[2 * count] = from;
                ranges[2 * count + 1] = to;
                count++;
            }
            if (q.EndParagraph == paragraph) (found ??= new List<QuoteSpan>()).Add(q);
        }
        _ranges = ranges;
        var closes = found ?? NoCloses;

        var writer = Tokens.Split(text, DatelineEnd(text), text.Length, ranges, count);
        // The ranges array is reused by the next paragraph: sentences of a paragraph touched by a quote now.
        return new ParagraphText(text, writer, count == 0 && found is null ? null : SentencesOf(text, ranges, count, closes));
    }

    private static readonly int[] NoRanges = new int[0];

    /// <summary>The sentences of a paragraph whose quoted characters are the given ranges and closing quotes.</summary>
    private static List<SentenceRange> SentencesOf(string text, int[] ranges, int count, List<QuoteSpan> closes)
    {
        var sentences = new List<SentenceRange>();
        var start = 0;
        for (var i = NextSentenceEnd(text, 0, closes); i < text.Length; i = NextSentenceEnd(text, i + 1, closes))
        {
            var c = text[i];
            if (count > 0 && Tokens.InRanges(ranges, count, i))
            {
                foreach (var q in closes)
                {
                    if (q.Close != i || q.Text.Length == 0) continue;
                    var last = q.Text[q.Text.Length - 1];
                    // After "…?” or "…!”" the attribution usually follows ("“Why now?” Doe asked."): no split.
                    if (last == '.' && NextStartsSentence(text, i + 1))
                    {
                        sentences.Add(new SentenceRange(start, i + 1));
                        start = i + 1;
                    }
                }
                continue;
            }
            if (c is not ('.' or '?' or '!')) continue;
            if (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] != ')') continue;
            // "… shortly after 2 a.m. “By the time …”": an abbreviation (not a title) ends the sentence when a
            // quotation opens with a capital right after it.
            if (c == '.' && IsAbbreviation(text, i) && (!OpensCapitalQuote(text, i + 1) || IsTitleAbbreviation(text, i))) continue;
            if (i + 1 < text.Length && !NextStartsSentence(text, i + 1)) continue;
            sentences.Add(new SentenceRange(start, i + 1));
            start = i + 1;
        }
        if (start < text.Length) sentences.Add(new SentenceRange(start, text.Length));
        if (sentences.Count == 0) sentences.Add(new SentenceRange(0, text.Length));
        return sentences;
    }

    /// <summary>Shared and never added to: the closes of a paragraph without any.</summary>
    private static readonly List<QuoteSpan> NoCloses = new();

    private static readonly char[] SentenceEnds = { '.', '?', '!' };

    /// <summary>
    /// The first offset from <paramref name="from"/> where a sentence can end: a '.', '?' or '!', or the closing
    /// mark of a quote (the only characters the sentence rules act on); the length when there is none.
    /// </summary>
    private static int NextSentenceEnd(string text, int from, List<QuoteSpan> closes)
    {
        var next = from < text.Length ? text.IndexOfAny(SentenceEnds, from) : -1;
        if (next < 0) next = text.Length;
        foreach (var q in closes)
            if (q.Close >= from && q.Close < next) next = q.Close;
        return next;
    }

    /// <summary>
    /// Offset just past a dateline such as "CITY, Aug 9 (Agency) - " or "CITY (Agency) — " at the start of a
    /// paragraph (an all-capitals word, then a dash within the first 60 characters), else 0.
    /// </summary>
    internal static int DatelineEnd(string text)
    {
        // The first word must be all capitals without dots ("TEHRAN", not "U.S.").
        var w = 0;
        while (w < text.Length && char.IsUpper(text[w])) w++;
        if (w < 3 || (w < text.Length && !(text[w] is ' ' or ',' or '(' or '-' or '—' or '–'))) return 0;
        var k = 0;
        var caps = 0;
        while (k < text.Length && (char.IsUpper(text[k]) || text[k] is ' ' or '.' or '-' && caps > 0 && k + 1 < text.Length && char.IsUpper(text[k + 1])))
        {
            if (char.IsUpper(text[k])) caps++;
            k++;
        }
        if (caps < 2 || k >= text.Length || char.IsLower(text[k])) return 0;
        var limit = Math.Min(text.Length - 1, 60);
        for (var i = k; i < limit; i++)
        {
            var c = text[i];
            if (c is '“' or '"' or '.') return 0;
            if ((c is '-' or '—' or '–') && i > 0 && text[i - 1] == ' ' || (c is '—' or '–'))
            {
                var j = i + 1;
                while (j < text.Length && (char.IsWhiteSpace(text[j]) || text[j] is '-' or '—' or '–')) j++;
                return j;
            }
        }
        return 0;
    }

    private static bool NextStartsSentence(string text, int i)
    {
        var k = i;
        while (k < text.Length && (Tokens.IsSpace(text[k]) || text[k] == ')')) k++;
        if (k >= text.Length) return true;
        if (k == i) return false;
        var c = text[k];
        return char.IsUpper(c) || char.IsDigit(c) || c is '“' or '"' or '«' or '‘';
    }

    private static bool OpensCapitalQuote(string text, int i)
    {
        var k = i;
        while (k < text.Length && text[k] == ' ') k++;
        return k > i && k + 1 < text.Length && text[k] is '“' or '"' && char.IsUpper(text[k + 1]);
    }

    private static readonly HashSet<string> TitleAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "Capt", "Maj", "Adm", "Brig", "Gov", "Sen", "Rep", "Rev", "Prof", "St", "No", "vs",
        "Cllr", "Insp", "Supt", "Det", "Cpl", "Pvt", "Cmdr",
    };

    private static bool IsTitleAbbreviation(string text, int dot)
    {
        var ws = dot;
        while (ws > 0 && char.IsLetter(text[ws - 1])) ws--;
        if (TitleAbbreviations.Contains(text.Substring(ws, dot - ws))) return true;
        // An initial ("J.") or an all-capitals dotted abbreviation ("U.S.") often stands before a quoted name or
        // phrase inside the sentence ("the U.S. “Patriot” system"); only lower-case ones ("a.m.", "Inc.") end it.
        var start = dot;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        var upper = true;
        for (var i = start; i < dot; i++)
            if (char.IsLower(text[i])) upper = false;
        return upper;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var ws = dot;
        while (ws > 0 && !char.IsWhiteSpace(text[ws - 1]) && text[ws - 1] is not ('(' or '“' or '"')) ws--;
        var length = dot - ws;
        // No abbreviation of the set is longer than 6 (and a dotted word counts only up to 6): no copy for longer words.
        if (length > 6) return false;
        var word = text.Substring(ws, length);
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        if (word.IndexOf('.') >= 0 && word.Length <= 6) return true;
        return Abbreviations.Contains(word);
    }
}
