using System.Collections.Generic;

namespace CorpusSdk.Generator.Reading;

/// <summary>A page split into lines. Line endings (LF, CRLF, lone CR) are all one, and a leading BOM is dropped,
/// so the same page gives the same model on every machine.</summary>
internal sealed class PageText
{
    private PageText(string[] lines) => Lines = lines;

    /// <summary>The page's lines, without their line ends; index 0 is line 1.</summary>
    public IReadOnlyList<string> Lines { get; }

    private static readonly char[] LineEnds = { '\r', '\n' };

    public static PageText Parse(string text)
    {
        var lines = new List<string>();
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        // One Substring per line, found by a vectorised search (no per-character copying).
        while (true)
        {
            var end = text.IndexOfAny(LineEnds, start);
            if (end < 0)
            {
                lines.Add(text.Substring(start));
                break;
            }
            lines.Add(text.Substring(start, end - start));
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
        return new PageText(lines.ToArray());
    }
}
