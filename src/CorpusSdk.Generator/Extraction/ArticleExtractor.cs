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
            article = Build(input, diagnostics);
        }
        catch (Exception ex)
        {
            article = null;
            diagnostics.Clear();
            diagnostics.Add(Diagnostic(DiagnosticIds.InternalError, 1, ex.GetType().Name + ": " + ex.Message));
        }
        return new PageResult(input.Path, article, Locate(input, diagnostics));
    }

    private static ArticleModel? Build(PageInput input, List<PageDiagnostic> diagnostics)
    {
        if (input.DecodedAsWindows1252) diagnostics.Add(Diagnostic(DiagnosticIds.NotUtf8, 1));
        if (IsBinary(input.Text)) { diagnostics.Add(Diagnostic(DiagnosticIds.BinaryPage, 1)); return null; }
        if (input.Text.Trim().Length == 0) { diagnostics.Add(Diagnostic(DiagnosticIds.EmptyPage, 1)); return null; }

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
            return new LocatedDiagnostic(d.Id, input.Path, offset, length, line, offset - lineStart + 1, d.Arguments);
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
