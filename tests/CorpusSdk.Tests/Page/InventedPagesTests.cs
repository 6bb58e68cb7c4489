using CorpusSdk.Generator.Extraction.Page;
using CorpusSdk.Generator.Reading;
using CorpusSdk.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CorpusSdk.Tests.Page;

/// <summary>Invented pages in tests/CorpusSdk.Tests/Pages: publishers' own pages, galleries, related links, comments.</summary>
public class InventedPagesTests
{
    private static string PagePath(string name) => Path.Combine(RepoPaths.Root, "tests", "CorpusSdk.Tests", "Pages", name);

    private static ParsedPage Parse(string name) => PageParser.Parse(PageText.Parse(File.ReadAllText(PagePath(name))));

    [Fact]
    public void Publisher_page_with_gallery_related_links_and_comments()
    {
        var page = Parse("publisher-gallery.txt");
        Assert.Equal("The Harbour Times", page.Source);
        Assert.Equal("2016-06-21T08:15+01:00", page.Published?.ToIso());
        Assert.Equal("Council approves floating solar farm on city reservoir", page.Headline);
        Assert.Null(page.Dateline);
        Assert.Equal(["What happens next"], page.Subheadings);
        Assert.Equal(6, page.Paragraphs.Count);
        Assert.StartsWith("Councillors voted", page.Paragraphs[0].Text);
        Assert.StartsWith("Construction is due", page.Paragraphs[^1].Text);
        Assert.Equal("Jonas Berg/Harbour Times", Assert.Single(page.Captions).Credit);
    }

    [Fact]
    public void Agency_page_with_date_and_zone_first()
    {
        var page = Parse("agency-short.txt");
        Assert.Equal("Reuters", page.Source);
        Assert.Equal("2008-03-04T11:34-05:00", page.Published?.ToIso());
        Assert.Equal("Dockworkers strike halts shipping at northern port", page.Headline);
        Assert.Equal("HAMBURG", page.Dateline);
        Assert.Equal(3, page.Paragraphs.Count);
    }

    [Fact]
    public void Broadcaster_page_named_by_copyright_and_logo()
    {
        var page = Parse("broadcaster-no-dateline.txt");
        Assert.Equal("Northwind News", page.Source);
        Assert.Equal("2014-08-09T17:05Z", page.Published?.ToIso());
        Assert.Equal("Wildfire forces thousands from homes in hill towns", page.Headline);
        Assert.Equal(3, page.Paragraphs.Count);
    }

    [Fact]
    public void A_page_without_date_line_is_dated_by_the_first_written_date()
    {
        var page = PageParser.Parse(PageText.Parse("""
            Source: Acme Wire

            OSLO (Acme Wire) - The ferry resumed service on Monday after repairs that began on February 2, 2015 ran late.
            """));
        Assert.Equal("2015-02-02", page.Published?.ToIso());
        Assert.Equal("Acme Wire", page.Source);
    }

    /// <summary>The page parser's share of gold.json (metadata and paragraphs; quotes and people are scored by score.py).</summary>
    [Fact]
    public void Every_invented_page_matches_its_gold_metadata_and_paragraphs()
    {
        using var gold = System.Text.Json.JsonDocument.Parse(File.ReadAllText(PagePath("gold.json")));
        var misses = new List<string>();
        foreach (var article in gold.RootElement.GetProperty("articles").EnumerateArray())
        {
            var file = article.GetProperty("file").GetString()!;
            var page = Parse(file);
            var sources = new List<string?> { article.GetProperty("source").GetString() };
            if (article.TryGetProperty("sourceAlternates", out var alts)) sources.AddRange(alts.EnumerateArray().Select(a => a.GetString()));
            if (!sources.Exists(s => string.Equals(s, page.Source, StringComparison.OrdinalIgnoreCase))) misses.Add($"{file}: source {page.Source}");
            if (!SameInstant(article.GetProperty("published").GetString()!, page.Published?.ToIso())) misses.Add($"{file}: published {page.Published?.ToIso()}");
            if (article.GetProperty("headline").GetString() != page.Headline) misses.Add($"{file}: headline {page.Headline}");
            if (!string.Equals(article.GetProperty("dateline").GetString(), page.Dateline, StringComparison.OrdinalIgnoreCase)) misses.Add($"{file}: dateline {page.Dateline}");
            var paragraphs = article.GetProperty("paragraphs").EnumerateArray().Select(p => Fold(p.GetString()!)).ToList();
            var got = page.Paragraphs.Select(p => Fold(p.Text)).ToList();
            if (!paragraphs.SequenceEqual(got)) misses.Add($"{file}: paragraphs {got.Count} of {paragraphs.Count}: {string.Join(" / ", got.Except(paragraphs).Concat(paragraphs.Except(got)).Select(t => t.Substring(0, Math.Min(40, t.Length))))}");
        }
        Assert.Empty(misses);

        static string Fold(string text) => string.Join(" ", text.Replace('\u00A0', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        static bool SameInstant(string gold, string? got)
            => got is not null && (gold == got || (DateTimeOffset.TryParse(gold, out var g) && DateTimeOffset.TryParse(got, out var o) && g == o && gold.Length > 16 && got.Length > 16));
    }

    [Fact]
    public void Every_invented_page_generates_without_errors()
    {
        var pages = Directory.GetFiles(Path.GetDirectoryName(PagePath("x"))!, "*.txt").Select(p => new TestPage(p, File.ReadAllText(p)));
        var (result, output) = GeneratorHarness.Run(pages);
        Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(GeneratorHarness.CompileErrors(output));
    }
}
