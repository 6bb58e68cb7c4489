using System.Collections.Generic;
using System.Text;
using CorpusSdk.Generator.Model;

namespace CorpusSdk.Generator.Extraction.Quotes;

/// <summary>One direct quotation as found by the mark scanner, before attribution.</summary>
internal sealed class QuoteSpan
{
    public QuoteSpan(int paragraph, int open, int endParagraph, int close, string text)
    {
        Paragraph = paragraph;
        Open = open;
        EndParagraph = endParagraph;
        Close = close;
        Text = text;
    }

    /// <summary>Paragraph holding the opening mark.</summary>
    public int Paragraph { get; }

    /// <summary>Offset of the opening mark in <see cref="Paragraph"/>.</summary>
    public int Open { get; }

    /// <summary>Paragraph holding the closing mark (later than <see cref="Paragraph"/> for a multi-paragraph quote).</summary>
    public int EndParagraph { get; }

    /// <summary>Offset of the closing mark in <see cref="EndParagraph"/>.</summary>
    public int Close { get; }

    public string Text { get; }
}

/// <summary>
/// Finds double-quoted spans (curly, straight, guillemets). Single marks (‘ ’) are left alone: as apostrophes,
/// transliteration marks (Shi‘ite) or nested quotes they belong to the surrounding text. A quote never runs past
/// its paragraph unless the next paragraph opens with a mark (the multi-paragraph convention); a mark left open or
/// a closing mark with no opening is reported as CSDK101.
/// </summary>
internal static class QuoteMarks
{
    public const string UnbalancedId = "CSDK101";

    private static bool IsOpener(char c) => c is '“' or '"' or '«' or '„';

    private static bool IsCloser(char c) => c is '”' or '"' or '»';

    /// <summary>
    /// Every character a rule below acts on but '„' (five values keep <see cref="string.IndexOfAny(char[], int)"/>
    /// vectorised; six do not): the text between marks is skipped or copied in one piece.
    /// </summary>
    private static readonly char[] Marks = { '"', '“', '”', '«', '»' };

    /// <summary>The first mark at or after <paramref name="from"/>, or the length; <paramref name="low"/> caches the next '„'.</summary>
    private static int NextMark(string text, int from, ref int low)
    {
        if (low >= 0 && low < from) low = text.IndexOf('„', from);
        var mark = text.IndexOfAny(Marks, from);
        if (low >= 0 && (mark < 0 || low < mark)) mark = low;
        return mark < 0 ? text.Length : mark;
    }

    public static List<QuoteSpan> Scan(IReadOnlyList<ParagraphModel> paragraphs, List<PageDiagnostic> diagnostics)
    {
        var spans = new List<QuoteSpan>();
        var inside = false;
        int openPara = 0, openAt = 0;
        var sb = new StringBuilder();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = paragraphs[p].Text;
            var i = 0;
            if (inside)
            {
                // Continuation paragraph: it starts with a repeated opening mark (checked below before we got here).
                while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
                i++;
                sb.Append(' ');
            }
            var low = text.IndexOf('„');
            for (; i < text.Length; i++)
            {
                var stop = NextMark(text, i, ref low);
                if (inside) sb.Append(text, i, stop - i);
                i = stop;
                if (i == text.Length) break;
                var c = text[i];
                if (!inside)
                {
                    if (c == '"' && i > 0 && char.IsLetterOrDigit(text[i - 1]))
                    {
                        // Glued to the word before it (12" or word"): a closing mark or an inch sign, never an opening.
                        Report(diagnostics, paragraphs[p], i, c);
                    }
                    else if (IsOpener(c))
                    {
                        inside = true;
                        openPara = p;
                        openAt = i;
                        sb.Clear();
                    }
                    else if (c == '”' && GluedToNext(text, i))
                    {
                        // A wrong-way mark opening a quote (” before a word after a space): typesetting slip.
                        inside = true;
                        openPara = p;
                        openAt = i;
                        sb.Clear();
                    }
                    else if (c is '”' or '»')
                    {
                        Report(diagnostics, paragraphs[p], i, c);
                    }
                }
                else if (IsCloser(c) || (c == '“' && GluedToPrevious(text, i)))
                {
                    // (A wrong-way “ glued to the last word and followed by a space or punctuation closes too.)
                    inside = false;
                    var quoted = sb.ToString().Trim();
                    if (quoted.Length > 0) spans.Add(new QuoteSpan(openPara, openAt, p, i, quoted));
                }
                else if (c is '“' or '«' && p == openPara)
                {
                    // A second opening mark before any closing one: the first was stray.
                    Report(diagnostics, paragraphs[openPara], openAt, text[openAt]);
                    openAt = i;
                    sb.Clear();
                }
                else
                {
                    sb.Append(c);
                }
            }
            if (inside && !(p + 1 < paragraphs.Count && StartsWithOpener(paragraphs[p + 1].Text)))
            {
                inside = false;
                Report(diagnostics, paragraphs[openPara], openAt, paragraphs[openPara].Text[openAt]);
            }
        }
        return spans;
    }

    private static bool GluedToPrevious(string text, int i)
        => i > 0 && !char.IsWhiteSpace(text[i - 1]) && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || char.IsPunctuation(text[i + 1]));

    private static bool GluedToNext(string text, int i)
        => (i == 0 || char.IsWhiteSpace(text[i - 1])) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);

    private static bool StartsWithOpener(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i < text.Length && IsOpener(text[i]);
    }

    private static void Report(List<PageDiagnostic> diagnostics, ParagraphModel paragraph, int offset, char mark)
    {
        var text = paragraph.Text;
        var line = paragraph.Line;
        var lineStart = 0;
        for (var k = 0; k < offset; k++)
        {
            if (text[k] == '\n') { line++; lineStart = k + 1; }
        }
        diagnostics.Add(new PageDiagnostic(UnbalancedId, line, offset - lineStart + 1, 1,
            new EquatableArray<string>(new[] { mark.ToString() })));
    }
}
