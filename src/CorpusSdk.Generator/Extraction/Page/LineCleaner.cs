using System.Text;
using System.Text.RegularExpressions;

namespace CorpusSdk.Generator.Extraction.Page;

/// <summary>Turns a raw page line into plain text: HTML tags and entities left by the scraper go, white space folds.</summary>
internal static class LineCleaner
{
    private static readonly Regex Tag = new(@"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>", RegexOptions.CultureInvariant);
    private static readonly Regex Entity = new(@"&(?:#(?<dec>\d{1,6})|#x(?<hex>[0-9a-fA-F]{1,6})|(?<name>amp|lt|gt|quot|apos|nbsp|mdash|ndash|lsquo|rsquo|ldquo|rdquo|hellip));", RegexOptions.CultureInvariant);

    public static string Clean(string line)
    {
        var text = line.IndexOf('<') >= 0 ? Tag.Replace(line, " ") : line;
        if (text.IndexOf('&') >= 0) text = Entity.Replace(text, DecodeEntity);
        return FoldWhiteSpace(text);
    }

    /// <summary>Runs of spaces, tabs and no-break spaces become one space; ends are trimmed.</summary>
    public static string FoldWhiteSpace(string text)
    {
        if (IsFolded(text)) return text; // most lines: no copy
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (IsFoldedSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool IsFoldedSpace(char c) => c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\f' || c == '\v';

    /// <summary>True when <see cref="FoldWhiteSpace"/> would return the text unchanged: single spaces only, inside it.</summary>
    private static bool IsFolded(string text)
    {
        if (text.Length == 0) return true;
        if (text[0] == ' ' || text[text.Length - 1] == ' ') return false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c > ' ' && c < '\u00A0') continue; // the common case: no folded space lies in this range
            if (c == ' ' ? text[i + 1] == ' ' : IsFoldedSpace(c)) return false;
        }
        return true;
    }

    private static string DecodeEntity(Match m)
    {
        if (m.Groups["dec"].Success) return CodePoint(int.Parse(m.Groups["dec"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Value);
        if (m.Groups["hex"].Success) return CodePoint(int.Parse(m.Groups["hex"].Value, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture), m.Value);
        return m.Groups["name"].Value switch
        {
            "amp" => "&", "lt" => "<", "gt" => ">", "quot" => "\"", "apos" => "'", "nbsp" => " ",
            "mdash" => "\u2014", "ndash" => "\u2013", "lsquo" => "\u2018", "rsquo" => "\u2019",
            "ldquo" => "\u201C", "rdquo" => "\u201D", "hellip" => "\u2026", _ => m.Value,
        };
    }

    private static string CodePoint(int value, string original)
        => value is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(value) : original;
}
