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
    public const int Version = 1;
}

/// <summary>Appends tokens in <see cref="TokenFormat"/>.</summary>
internal sealed class TokenWriter
{
    private readonly StringBuilder _text = new();
    private bool _first = true;

    public void Write(int value) => WriteRaw(value.ToString(CultureInfo.InvariantCulture));

    public void Write(bool value) => WriteRaw(value ? "1" : "0");

    public void Write(string? value)
    {
        if (value is null) { WriteRaw(TokenFormat.Escape + "n"); return; }
        StartToken();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == TokenFormat.Escape) _text.Append(TokenFormat.Escape).Append('e');
            else if (c == TokenFormat.Separator) _text.Append(TokenFormat.Escape).Append('u');
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) _text.Append(c).Append(value[++i]);
            else if (char.IsSurrogate(c)) _text.Append(TokenFormat.Escape).Append('s').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else _text.Append(c);
        }
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

/// <summary>Reads tokens written by <see cref="TokenWriter"/>, in the order they were written.</summary>
internal sealed class TokenReader
{
    private readonly string _text;
    private int _position;

    public TokenReader(string text) => _text = text;

    public int ReadInt() => int.Parse(NextRaw(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    public bool ReadBool() => NextRaw() == "1";

    public string ReadString() => ReadNullable() ?? throw new FormatException("Corpus data: a string was expected, found null.");

    public string? ReadNullable()
    {
        var raw = NextRaw();
        if (raw.Length == 2 && raw[0] == TokenFormat.Escape && raw[1] == 'n') return null;
        if (raw.IndexOf(TokenFormat.Escape) < 0) return raw;
        var sb = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != TokenFormat.Escape) { sb.Append(raw[i]); continue; }
            var kind = raw[++i];
            if (kind == 'e') sb.Append(TokenFormat.Escape);
            else if (kind == 'u') sb.Append(TokenFormat.Separator);
            else if (kind == 's') { sb.Append((char)int.Parse(raw.Substring(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)); i += 4; }
            else throw new FormatException("Corpus data: unknown escape.");
        }
        return sb.ToString();
    }

    private string NextRaw()
    {
        if (_position > _text.Length) throw new FormatException("Corpus data: read past the end.");
        var end = _text.IndexOf(TokenFormat.Separator, _position);
        if (end < 0) end = _text.Length;
        var token = _text.Substring(_position, end - _position);
        _position = end + 1;
        return token;
    }
}
