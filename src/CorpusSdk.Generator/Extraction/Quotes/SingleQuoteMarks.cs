using System.Collections.Generic;
using System.Text;
using CorpusSdk.Generator.Model;

namespace CorpusSdk.Generator.Extraction.Quotes;

/// <summary>
/// Quotes in single marks (‘…’ or '…'), the house style of many British papers. Read only in paragraphs with no
/// double quotation marks, where a single mark cannot be a nested quote. The closing mark is also the apostrophe, so
/// the rules are strict: a quote opens only at a word start (after a space, bracket or dash) before a letter or digit;
/// it closes only after a non-space and either before the end, a space or punctuation when it follows punctuation
/// (‘We won,’ she said), or before punctuation or the end when it follows a letter (‘hugely generous’.). "I’m",
/// "don't" and "the players’ union" stay apostrophes. A quote left open at the end of its paragraph is dropped without
/// a warning: single marks are too ambiguous to blame.
/// </summary>
internal static class SingleQuoteMarks
{
    /// <summary>The double marks but '„', searched on its own: five values keep IndexOfAny vectorised, six do not.</summary>
    private static readonly char[] DoubleMarks = { '“', '”', '"', '«', '»' };

    /// <summary>Every character a rule below acts on (openers and closers); the text between them is skipped or copied in one piece.</summary>
    private static readonly char[] Marks = { '‘', '’', '\'' };

    private static bool HasDoubleMarks(string text) => text.IndexOfAny(DoubleMarks) >= 0 || text.IndexOf('„') >= 0;

    public static List<QuoteSpan> Scan(IReadOnlyList<ParagraphModel> paragraphs)
    {
        var spans = new List<QuoteSpan>();
        var sb = new StringBuilder();
        int openPara = -1, openAt = 0;
        var closer = '’';
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = paragraphs[p].Text;
            if (HasDoubleMarks(text)) { openPara = -1; continue; }
            var i = 0;
            if (openPara >= 0)
            {
                // A quote over several paragraphs repeats its opening mark at the start of each.
                while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
                if (i < text.Length && text[i] == Opener(closer)) { i++; sb.Append(' '); }
                else openPara = -1;
            }
            for (; i < text.Length; i++)
            {
                var mark = text.IndexOfAny(Marks, i);
                var stop = mark < 0 ? text.Length : mark;
                if (openPara >= 0) sb.Append(text, i, stop - i);
                i = stop;
                if (i == text.Length) break;
                var c = text[i];
                if (openPara < 0)
                {
                    if (c is '‘' or '\'' && Opens(text, i)) { openPara = p; openAt = i; closer = c == '‘' ? '’' : '\''; sb.Clear(); }
                }
                else if (c == closer && Closes(text, i))
                {
                    var quoted = sb.ToString().Trim();
                    if (quoted.Length > 0) spans.Add(new QuoteSpan(openPara, openAt, p, i, quoted));
                    openPara = -1;
                }
                else sb.Append(c);
            }
            if (openPara >= 0 && !(p + 1 < paragraphs.Count && paragraphs[p + 1].Text.TrimStart().StartsWith(Opener(closer).ToString(), System.StringComparison.Ordinal)))
                openPara = -1;
        }
        return spans;
    }

    private static char Opener(char closer) => closer == '’' ? '‘' : '\'';

    private static bool Opens(string text, int i)
        => (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '-')
           && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);

    private static bool Closes(string text, int i)
    {
        if (i == 0 || char.IsWhiteSpace(text[i - 1])) return false;
        var atEnd = i + 1 >= text.Length;
        var next = atEnd ? ' ' : text[i + 1];
        if (char.IsLetterOrDigit(next)) return false; // I’m, don’t
        var afterPunctuation = text[i - 1] is ',' or '.' or '!' or '?' or '…' or ';' or ':';
        return afterPunctuation ? atEnd || char.IsWhiteSpace(next) || char.IsPunctuation(next) : atEnd || (char.IsPunctuation(next) && next != '-');
    }
}
