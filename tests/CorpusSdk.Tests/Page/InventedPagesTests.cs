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

    [Fact]
    public void Every_invented_page_generates_without_errors()
    {
        var pages = Directory.GetFiles(Path.GetDirectoryName(PagePath("x"))!, "*.txt").Select(p => new TestPage(p, File.ReadAllText(p)));
        var (result, output) = GeneratorHarness.Run(pages);
        Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(GeneratorHarness.CompileErrors(output));
    }
}
