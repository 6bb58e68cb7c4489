// Shared by the generator (which writes) and the runtime (which reads): compiled into both assemblies.
using System;
using System.Globalization;
using System.Text;

namespace CorpusSdk.Internal;

/// <summary>
/// The text form of an article's data: tokens separated by U+001F, so it is always valid UTF-8 and fits a
/// <c>"..."u8</c> literal. U+0010 escapes: "\u0010e" is U+0010, "\u0010u" is U+001F, "\u0010sXXXX" a lone
/// surrogate (which UTF-8 cannot hold), and the whole token "\u0010n" is null.
/// </summary>
internal static class TokenFormat
{
    public const char Separator = '\u001F';
    public const char Escape = '\u0010';
    // 5: each article has a quote record (the quotes' fields, then their texts) besides its article record (header,
    // then the lists); the header and the quote fields come after their UTF-8 lengths, and each text's length is among
    // the fields, so readers jump by lengths instead of scanning for separators.
    public const int Version = 5;

    /// <summary>The text of one token with its escapes undone (the null token is the reader's business).</summary>
    public static string Unescape(string raw)
    {
        if (raw.IndexOf(Escape) < 0) return raw;
        var sb = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != Escape) { sb.Append(raw[i]); continue; }
            var kind = raw[++i];
            if (kind == 'e') sb.Append(Escape);
            else if (kind == 'u') sb.Append(Separator);
            else if (kind == 's') { sb.Append((char)int.Parse(raw.Substring(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)); i += 4; }
            else throw new FormatException("Corpus data: unknown escape.");
        }
        return sb.ToString();
    }
}

/// <summary>Appends tokens in <see cref="TokenFormat"/>.</summary>
internal sealed class TokenWriter
{
    private readonly StringBuilder _text = new();
    private bool _first = true;

    public void Write(int value) => WriteRaw(value.ToString(CultureInfo.InvariantCulture));

    public void Write(bool value) => WriteRaw(value ? "1" : "0");

    /// <summary>A list of strings: its count, then each string (what the runtime reads back as one string array).</summary>
    public void Write(System.Collections.Generic.IReadOnlyList<string> values)
    {
        Write(values.Count);
        foreach (var value in values) Write(value);
    }

    public void Write(string? value)
    {
        if (value is null) { WriteRaw(TokenFormat.Escape + "n"); return; }
        StartToken();
        var run = 0; // start of the current run of characters written as they are (appended in one call)
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c != TokenFormat.Escape && c != TokenFormat.Separator && !char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
            _text.Append(value, run, i - run);
            run = i + 1;
            if (c == TokenFormat.Escape) _text.Append(TokenFormat.Escape).Append('e');
            else if (c == TokenFormat.Separator) _text.Append(TokenFormat.Escape).Append('u');
            else _text.Append(TokenFormat.Escape).Append('s').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        _text.Append(value, run, value.Length - run);
    }

    /// <summary>The token <paramref name="value"/> becomes (escaped; what <see cref="WriteEscaped"/> takes).</summary>
    public static string Escaped(string? value)
    {
        if (value is not null && !NeedsEscape(value)) return value; // the usual case: the token is the text itself
        var w = new TokenWriter();
        w.Write(value);
        return w.ToString();
    }

    private static bool NeedsEscape(string value)
    {
        foreach (var c in value)
            if (c == TokenFormat.Escape || c == TokenFormat.Separator || char.IsSurrogate(c)) return true;
        return false;
    }

    /// <summary>Appends tokens already escaped: one from <see cref="Escaped"/>, or the whole text of another writer.</summary>
    public void WriteEscaped(string tokens) => WriteRaw(tokens);

    /// <summary>Another writer's tokens after their UTF-8 length, so a reader can jump over them without scanning.</summary>
    public void WriteMeasured(TokenWriter tokens)
    {
        var text = tokens.ToString();
        Write(Encoding.UTF8.GetByteCount(text));
        WriteEscaped(text);
    }

    private void WriteRaw(string token)
    {
        StartToken();
        _text.Append(token);
    }

    private void StartToken()
    {
        if (!_first) _text.Append(TokenFormat.Separator);
        _first = false;
    }

    public override string ToString() => _text.ToString();
}
