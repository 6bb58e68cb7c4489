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
    /// PascalCase from words: "Nuri al-Maliki" gives "NuriAlMaliki", "José Núñez" gives "JoseNunez". Diacritics fold,
    /// every other character splits words; a leading digit gets a '_' in front; empty text gives <paramref name="fallback"/>.
    /// </summary>
    public static string ToPascalCase(string text, string fallback)
    {
        var sb = new StringBuilder();
        var startWord = true;
        foreach (var c in FoldDiacritics(text))
        {
            if (c is '\'' or '\u2019' or '\u2018' or '\u02BC') continue; // O'Neil -> ONeil: an apostrophe splits no word
            if (c < 128 && char.IsLetterOrDigit(c))
            {
                sb.Append(startWord ? char.ToUpperInvariant(c) : c);
                startWord = false;
            }
            else startWord = true;
        }
        if (sb.Length == 0) return fallback;
        if (char.IsDigit(sb[0])) sb.Insert(0, '_');
        return sb.ToString(); // starts upper-case or '_': never a keyword
    }

    /// <summary>Folds letters with diacritics to their base letter (é to e, ß to ss); other non-ASCII is dropped later.</summary>
    public static string FoldDiacritics(string text)
    {
        var decomposed = WithoutLoneSurrogates(text).Normalize(NormalizationForm.FormD); // Normalize throws on lone surrogates
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch { 'ß' => "ss", 'æ' => "ae", 'Æ' => "Ae", 'ø' => "o", 'Ø' => "O", 'đ' => "d", 'Đ' => "D", 'ł' => "l", 'Ł' => "L", 'ı' => "i", _ => c.ToString() });
        }
        return sb.ToString();
    }

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
