using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CorpusSdk.Generator.Diagnostics;
using CorpusSdk.Generator.Extraction.Page;
using CorpusSdk.Generator.Extraction.People;
using CorpusSdk.Generator.Extraction.Quotes;
using CorpusSdk.Generator.Model;
using CorpusSdk.Generator.Naming;
using CorpusSdk.Generator.Reading;

namespace CorpusSdk.Generator.Extraction;

/// <summary>
/// Text to model for one page: checks the text can be a page, parses metadata and body, extracts quotes and
/// people, applies item-metadata overrides and names the article. Never throws: a failure becomes CSDK000.
/// </summary>
internal static class ArticleExtractor
{
    public static PageResult Extract(PageInput input)
    {
        var diagnostics = new List<PageDiagnostic>();
        ArticleModel? article;
        try
        {
            FaultInjection.Page?.Invoke(input.Path);
            article = Build(input, diagnostics);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            article = null;
            diagnostics.Clear();
            diagnostics.Add(Diagnostic(DiagnosticIds.InternalError, 1, ex.GetType().Name + ": " + ex.Message, "The page was skipped and the rest of the corpus was generated."));
        }
        try
        {
            return new PageResult(input.Path, article, Locate(input, diagnostics));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var error = new LocatedDiagnostic(DiagnosticIds.InternalError, input.Path, 0, 0, 1, 1,
                new[] { ex.GetType().Name + ": " + ex.Message, "The page was skipped and the rest of the corpus was generated." }.ToEquatableArray());
            return new PageResult(input.Path, null, new[] { error }.ToEquatableArray());
        }
    }

    private static ArticleModel? Build(PageInput input, List<PageDiagnostic> diagnostics)
    {
        if (input.DecodedAsWindows1252) diagnostics.Add(NotUtf8(input.Text, "the compiler fell back to a legacy code page such as Windows-1252, so characters may be wrong"));
        else if (input.Text.IndexOf('\uFFFD') is var bad and >= 0) diagnostics.Add(At(input.Text, bad, 1, DiagnosticIds.NotUtf8, "it holds U+FFFD replacement characters where the compiler met bytes that were not UTF-8, so text was lost"));
        if (IsBinary(input.Text)) { diagnostics.Add(Diagnostic(DiagnosticIds.BinaryPage, 1)); return null; }
        // Blank: all white space (what Trim() would leave empty, without copying the page).
        if (TextScan.TrimStartIndex(input.Text) == input.Text.Length) { diagnostics.Add(Diagnostic(DiagnosticIds.EmptyPage, 1)); return null; }

        var page = PageParser.Parse(PageText.Parse(input.Text));
        var overrides = input.Overrides;
        var source = page.Source;
        if (overrides.Source is { } s)
        {
            if (s.Trim().Length == 0) diagnostics.Add(Diagnostic(DiagnosticIds.InvalidOverride, 1, "Source", s, "it is blank"));
            else source = s.Trim();
        }
        var published = page.Published?.ToIso();
        if (overrides.Published is { } p)
        {
            if (TryParseIso(p) is { } iso) published = iso;
            else diagnostics.Add(Diagnostic(DiagnosticIds.InvalidOverride, 1, "Published", p, "write it as ISO 8601, for example 2007-08-08 or 2007-08-08T08:46"));
        }
        string? id = null;
        if (overrides.Id is { } wantedId)
        {
            if (Identifiers.IsValid(wantedId)) id = wantedId;
            else diagnostics.Add(Diagnostic(DiagnosticIds.InvalidOverride, 1, "Id", wantedId, "it must be a C# identifier such as Reuters_2007_08_08"));
        }

        var ok = true;
        // Lenient (CorpusMissingMetadata=warn): a real page whose source or date we cannot read still joins the corpus.
        if (source is null && input.Lenient) { diagnostics.Add(Diagnostic(DiagnosticIds.NoSource, FirstTextLine(input.Text)) with { AsWarning = true }); source = UnknownSource; }
        if (published is null && input.Lenient) { diagnostics.Add(Diagnostic(DiagnosticIds.NoDate, FirstTextLine(input.Text)) with { AsWarning = true }); published = UnknownDate; }
        if (source is null) { diagnostics.Add(Diagnostic(DiagnosticIds.NoSource, FirstTextLine(input.Text))); ok = false; }
        if (published is null) { diagnostics.Add(Diagnostic(DiagnosticIds.NoDate, FirstTextLine(input.Text))); ok = false; }
        if (page.Paragraphs.Count == 0) { diagnostics.Add(Diagnostic(DiagnosticIds.NoBody, FirstTextLine(input.Text))); ok = false; }
        if (!ok || diagnostics.Any(d => d.Id == DiagnosticIds.InvalidOverride)) return null;

        var quotes = QuoteExtractor.Extract(page.Paragraphs);
        diagnostics.AddRange(quotes.Diagnostics);
        var people = ArticlePeopleFinder.Find(page.Paragraphs, page.Captions, page.Credits, quotes.Quotes);
        return new ArticleModel(
            id ?? DefaultId(source!, published!),
            input.FileName,
            source!,
            published!,
            page.Headline,
            page.Dateline,
            page.Paragraphs.ToEquatableArray(),
            page.Subheadings.ToEquatableArray(),
            page.Captions.ToEquatableArray(),
            page.Credits.ToEquatableArray(),
            quotes.Quotes,
            people);
    }

    /// <summary>What a lenient build gives a page whose source cannot be read.</summary>
    internal const string UnknownSource = "Unknown";

    /// <summary>What a lenient build gives a page whose date cannot be read: the earliest date, so it sorts first.</summary>
    internal const string UnknownDate = "0001-01-01";

    /// <summary>"Reuters_2007_08_08": the source as an identifier, then the publication date.</summary>
    public static string DefaultId(string source, string publishedIso)
        => Identifiers.ToPascalCase(source, "Source").Replace("@", "") + "_" + publishedIso.Substring(0, 10).Replace('-', '_');

    private static string? TryParseIso(string text)
    {
        var t = text.Trim();
        string[] formats = { "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'" };
        return DateTimeOffset.TryParseExact(t, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _) ? t : null;
    }

    /// <summary>Binary, not text: NUL bytes or other control characters make up more than a tenth of the start of the file.</summary>
    private static bool IsBinary(string text)
    {
        var n = Math.Min(text.Length, 8192);
        if (n == 0) return false;
        var control = 0;
        for (var i = 0; i < n; i++)
        {
            var c = text[i];
            if ((c < ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f') || c == '\uFFFD') control++;
        }
        return control * 10 > n;
    }

    /// <summary>
    /// CSDK007 at the first byte that is not UTF-8. Decoded as Windows-1252 (one character per byte) the bytes come back
    /// exactly and the first invalid UTF-8 sequence is the first character to fix; in another legacy code page the
    /// place given is its first non-ASCII character.
    /// </summary>
    private static PageDiagnostic NotUtf8(string text, string how)
    {
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++) bytes[i] = Windows1252Byte(text[i]);
        var at = FirstInvalidUtf8(bytes);
        return at < 0 ? Diagnostic(DiagnosticIds.NotUtf8, 1, how) : At(text, at, 1, DiagnosticIds.NotUtf8, how + "; the first byte that is not UTF-8 is 0x" + bytes[at].ToString("X2", CultureInfo.InvariantCulture));
    }

    private const string Cp1252High = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    private static byte Windows1252Byte(char c)
    {
        if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) return (byte)c;
        var i = Cp1252High.IndexOf(c);
        return i >= 0 ? (byte)(0x80 + i) : (byte)0x80; // another code page: its first non-ASCII character is the place to look
    }

    /// <summary>Index of the first byte that does not start or continue a well-formed UTF-8 sequence, or -1.</summary>
    internal static int FirstInvalidUtf8(byte[] bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            int extra, min;
            if (b < 0x80) { i++; continue; }
            if (b >= 0xC2 && b <= 0xDF) { extra = 1; min = 0x80; }
            else if (b >= 0xE0 && b <= 0xEF) { extra = 2; min = 0x800; }
            else if (b >= 0xF0 && b <= 0xF4) { extra = 3; min = 0x10000; }
            else return i;
            if (i + extra >= bytes.Length) return i;
            var cp = b & (0x3F >> extra);
            for (var k = 1; k <= extra; k++)
            {
                var c = bytes[i + k];
                if ((c & 0xC0) != 0x80) return i;
                cp = (cp << 6) | (c & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
            i += extra + 1;
        }
        return -1;
    }

    /// <summary>A diagnostic at a character offset of the text (line ends of any kind).</summary>
    private static PageDiagnostic At(string text, int offset, int length, string id, params string[] args)
    {
        var starts = LineStarts(text);
        var line = starts.BinarySearch(offset);
        if (line < 0) line = ~line - 1;
        return new PageDiagnostic(id, line + 1, offset - starts[line] + 1, length, args.ToEquatableArray());
    }

    private static int FirstTextLine(string text)
    {
        var lines = PageText.Parse(text).Lines;
        for (var i = 0; i < lines.Count; i++) if (lines[i].Trim().Length > 0) return i + 1;
        return 1;
    }

    private static PageDiagnostic Diagnostic(string id, int line, params string[] args)
        => new(id, line, 1, 0, args.ToEquatableArray());

    /// <summary>Adds each diagnostic's character offset in the text as read (line ends of any kind).</summary>
    private static EquatableArray<LocatedDiagnostic> Locate(PageInput input, List<PageDiagnostic> diagnostics)
    {
        if (diagnostics.Count == 0) return EquatableArray<LocatedDiagnostic>.Empty;
        var starts = LineStarts(input.Text);
        return diagnostics.Select(d =>
        {
            var line = Math.Max(1, Math.Min(d.Line, starts.Count));
            var lineStart = starts[line - 1];
            var lineEnd = line < starts.Count ? starts[line] : input.Text.Length;
            var offset = Math.Min(lineStart + Math.Max(0, d.Column - 1), lineEnd);
            var length = d.Length > 0 ? Math.Min(d.Length, lineEnd - offset) : 0;
            if (length == 0 && d.Column <= 1) length = TrimmedLength(input.Text, lineStart, lineEnd);
            return new LocatedDiagnostic(d.Id, input.Path, offset, length, line, offset - lineStart + 1, d.Arguments, d.AsWarning);
        }).ToEquatableArray();
    }

    private static int TrimmedLength(string text, int start, int end)
    {
        while (end > start && (text[end - 1] == '\n' || text[end - 1] == '\r')) end--;
        return end - start;
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            if (text[i] == '\n' || text[i] == '\r') starts.Add(i + 1);
        }
        return starts;
    }
}
