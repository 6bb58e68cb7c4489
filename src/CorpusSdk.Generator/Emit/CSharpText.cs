using System.Globalization;
using System.Text;

namespace CorpusSdk.Generator.Emit;

/// <summary>Writes text into generated C# safely: literals that compile for any content, and XML doc text that cannot break out of its comment.</summary>
internal static class CSharpText
{
    /// <summary>
    /// A regular string literal body. Printable characters are written as they are, non-ASCII ones included (smaller
    /// source, faster to lex); escaped as \uXXXX are controls (C0, DEL, C1, so also NEL), format characters (bidi
    /// controls, zero-width joiners, BOM, soft hyphen), line and paragraph separators, surrogates (a pair becomes two
    /// escapes, a lone one stays lone), private-use, unassigned characters and noncharacters: nothing that could
    /// change how the file reads, lines up or compiles is written raw.
    /// </summary>
    public static void AppendLiteralBody(StringBuilder sb, string text)
    {
        var run = 0; // start of the current run of characters written as they are (appended in one call)
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= ' ' && c <= '~' && c != '"' && c != '\\') continue;
            if (c > '~' && IsSafeRaw(c)) continue;
            sb.Append(text, run, i - run);
            run = i + 1;
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                default: sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)); break;
            }
        }
        sb.Append(text, run, text.Length - run);
    }

    /// <summary>A non-ASCII character that may stand unescaped in a string literal: visible, not a line break, not a format control.</summary>
    private static bool IsSafeRaw(char c)
    {
        if (c < '\u00A0') return false; // C1 controls (U+0080 to U+009F), NEL among them
        if (c >= '\uFDD0' && c <= '\uFDEF' || c >= '\uFFFE') return false; // noncharacters
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
                return false;
            default:
                return true;
        }
    }

    /// <summary>Printable ASCII with no XML markup character: what <see cref="XmlDoc"/> writes unchanged.</summary>
    private static bool IsPlainAscii(string text)
    {
        foreach (var c in text)
            if (c < ' ' || c > '~' || c == '&' || c == '<' || c == '>') return false;
        return true;
    }

    public static string Literal(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        AppendLiteralBody(sb, text);
        return sb.Append('"').ToString();
    }

    /// <summary>
    /// Text for an XML doc comment line: markup characters are entities, and anything that is not printable
    /// (controls, line and paragraph separators, bidi controls) becomes a space. Long text is cut with an ellipsis.
    /// </summary>
    public static string XmlDoc(string text, int max = 200)
    {
        if (text.Length <= max && IsPlainAscii(text)) return text; // nothing to replace or cut: no copy
        var sb = new StringBuilder();
        var count = 0;
        foreach (var c in text)
        {
            if (++count > max) { sb.Append("..."); break; }
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                default:
                    var category = CharUnicodeInfo.GetUnicodeCategory(c);
                    var invisible = char.IsControl(c) || category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse;
                    sb.Append(invisible ? ' ' : c);
                    break;
            }
        }
        return sb.ToString();
    }
}
