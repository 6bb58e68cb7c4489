using System.Collections.Generic;
using System.Text;

namespace CorpusSdk.Generator.Reading;

/// <summary>A page split into lines. Line endings (LF, CRLF, lone CR) are all one, and a leading BOM is dropped,
/// so the same page gives the same model on every machine.</summary>
internal sealed class PageText
{
    private PageText(string[] lines) => Lines = lines;

    /// <summary>The page's lines, without their line ends; index 0 is line 1.</summary>
    public IReadOnlyList<string> Lines { get; }

    public static PageText Parse(string text)
    {
        var lines = new List<string>();
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var line = new StringBuilder();
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' || c == '\n')
            {
                lines.Add(line.ToString());
                line.Clear();
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else line.Append(c);
        }
        lines.Add(line.ToString());
        return new PageText(lines.ToArray());
    }
}
