using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CorpusSdk.Generator.Naming;

/// <summary>Makes C# identifiers out of any text: always valid, whatever letters, digits or keywords come in.</summary>
internal static class Identifiers
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while", "__arglist", "__makeref", "__reftype", "__refvalue",
    };

    /// <summary>True when <paramref name="text"/> can stand as a C# member name as written.</summary>
    public static bool IsValid(string text)
    {
        if (string.IsNullOrEmpty(text) || Keywords.Contains(text)) return false;
        if (!(char.IsLetter(text[0]) || text[0] == '_')) return false;
        foreach (var c in text) if (!(char.IsLetter(c) || char.IsDigit(c) || c == '_')) return false;
        return true;
    }

    /// <summary>
    /// PascalCase from words: "Rania al-Hadid" gives "RaniaAlHadid", "José Núñez" gives "JoseNunez", "Sean O'Neil"
    /// gives "SeanONeil". Diacritics fold (ß to ss, ø to o), apostrophes vanish, any other non-letter splits words;
    /// letters of other scripts stay (they are valid in C#). A leading digit or a keyword gets a '_' in front; empty
    /// text gives <paramref name="fallback"/>.
    /// </summary>
    public static string ToPascalCase(string text, string fallback)
    {
        var decomposed = WithoutLoneSurrogates(text).Normalize(NormalizationForm.FormD); // Normalize throws on lone surrogates
        var sb = new StringBuilder(decomposed.Length);
        var startWord = true;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            if (c is '\'' or '\u2018' or '\u2019' or '\u02BC' or '\u02BB' or '`' or '\u00B4') continue;
            var piece = Fold(c) ?? (char.IsLetterOrDigit(c) ? c.ToString() : null);
            if (piece is null) { startWord = true; continue; }
            if (startWord) { piece = char.ToUpperInvariant(piece[0]) + piece.Substring(1); startWord = false; }
            sb.Append(piece);
        }
        var id = sb.ToString().Normalize(NormalizationForm.FormC);
        if (id.Length == 0) return fallback;
        return char.IsDigit(id[0]) || Keywords.Contains(id) ? "_" + id : id;
    }

    private static string? Fold(char c) => c switch
    {
        'ß' => "ss", 'æ' => "ae", 'Æ' => "Ae", 'œ' => "oe", 'Œ' => "Oe", 'ø' => "o", 'Ø' => "O", 'đ' => "d",
        'Đ' => "D", 'ð' => "d", 'Ð' => "D", 'ł' => "l", 'Ł' => "L", 'ı' => "i", 'þ' => "th", 'Þ' => "Th",
        _ => null,
    };

    /// <summary>The text with each unpaired surrogate replaced by a space (a word break); the same string when there is none.</summary>
    private static string WithoutLoneSurrogates(string text)
    {
        char[]? copy = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (!char.IsSurrogate(c)) continue;
            copy ??= text.ToCharArray();
            copy[i] = ' ';
        }
        return copy is null ? text : new string(copy);
    }

    /// <summary>
    /// Gives every name in <paramref name="wanted"/> a unique identifier, in order: the first keeps its name, later ones
    /// get "_2", "_3"... Returns the chosen names, index-aligned.
    /// </summary>
    public static string[] MakeUnique(IReadOnlyList<string> wanted, ISet<string>? reserved = null)
    {
        var taken = new HashSet<string>(reserved ?? new HashSet<string>(), StringComparer.Ordinal);
        var result = new string[wanted.Count];
        for (var i = 0; i < wanted.Count; i++)
        {
            var name = wanted[i];
            for (var n = 2; !taken.Add(name); n++) name = wanted[i] + "_" + n.ToString(CultureInfo.InvariantCulture);
            result[i] = name;
        }
        return result;
    }
}
