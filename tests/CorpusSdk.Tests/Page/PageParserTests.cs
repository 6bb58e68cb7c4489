using CorpusSdk.Generator.Extraction.Page;
using CorpusSdk.Generator.Model;
using CorpusSdk.Generator.Reading;

namespace CorpusSdk.Tests.Page;

/// <summary>Invented pages in the shapes real sites take: wire stories with furniture, publishers' own pages.</summary>
public class PageParserTests
{
    private static ParsedPage Parse(string text) => PageParser.Parse(PageText.Parse(text));

    private const string WirePage = """
        Acme Wire logo
        Port officials seize record haul of counterfeit medicine
        June 3, 2011 / 6:12 AM / 9 years ago

        Port officials seize record haul of counterfeit medicine

        VALLETTA (Reuters) - Customs officers seized more than two tonnes of fake antibiotics at the main container port on Friday, the largest such haul on record, officials said.

        Customs officers inspect containers at the port of Valletta June 2, 2011. REUTERS/Lena Okafor

        The shipment had been declared as agricultural machinery, according to a statement from the customs authority.

        Slideshow (4 Images)

        Investigators believe the drugs were bound for markets in North Africa.

        Reporting by Tomas Lindqvist and Ana Kowalski in Valletta; Editing by Peter Grunwald

        Our Standards:The Thomson Reuters Trust Principles.
        0 : 0
          • narrow-browser-and-phone
          • wide-browser-and-larger
        """;

    [Fact]
    public void Wire_page_metadata()
    {
        var page = Parse(WirePage);
        Assert.Equal("Reuters", page.Source);
        Assert.Equal("2011-06-03T06:12", page.Published?.ToIso());
        Assert.Equal("Port officials seize record haul of counterfeit medicine", page.Headline);
        Assert.Equal("VALLETTA", page.Dateline);
    }

    [Fact]
    public void Wire_page_body_has_no_furniture()
    {
        var page = Parse(WirePage);
        Assert.Equal(3, page.Paragraphs.Count);
        Assert.StartsWith("VALLETTA (Reuters) - Customs", page.Paragraphs[0].Text);
        Assert.StartsWith("Investigators believe", page.Paragraphs[2].Text);
        Assert.Equal(7, page.Paragraphs[0].Line);
        var caption = Assert.Single(page.Captions);
        Assert.Equal("REUTERS/Lena Okafor", caption.Credit);
        Assert.Equal(
            [new CreditModel(CreditKind.Reporting, "Tomas Lindqvist"), new CreditModel(CreditKind.Reporting, "Ana Kowalski"), new CreditModel(CreditKind.Editing, "Peter Grunwald")],
            page.Credits);
    }

    private const string PublisherPage = """
        Home
        World
        Business
        The Northern Ledger
        Harbour city votes to ban cars from its old town
        By MARTA SILVA, Associated Press Writer
        Published: 9:40 a.m. EDT, Thursday, May 14, 2009

        Image: Cyclists in the old town.
        Cyclists ride through the old town on Wednesday.
        Marta Silva / AP

        ALDERPORT, Maine — The city council voted 7-2 on Wednesday night to close the historic old town to private cars from next spring.

        Shopkeepers were divided.
        Some feared losing customers who drive in from the suburbs, while others said quieter streets would bring more visitors on foot.

        What happens next
        The ban will be phased in over six months, starting with weekend closures.

        Related stories
        City budget passes after long night
        Ferry fares to rise in June

        Copyright 2009 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
        Comments (12)
        """;

    [Fact]
    public void Publisher_page_metadata_with_byline_zone_and_menus()
    {
        var page = Parse(PublisherPage);
        Assert.Equal("AP", page.Source);
        Assert.Equal("2009-05-14T09:40-04:00", page.Published?.ToIso());
        Assert.Equal("Harbour city votes to ban cars from its old town", page.Headline);
        Assert.Equal("ALDERPORT", page.Dateline);
        Assert.Contains(new CreditModel(CreditKind.Author, "Marta Silva"), page.Credits);
    }

    [Fact]
    public void Publisher_page_body_subheading_caption_and_related_links()
    {
        var page = Parse(PublisherPage);
        Assert.Equal(["What happens next"], page.Subheadings);
        Assert.Equal("Cyclists ride through the old town on Wednesday.", Assert.Single(page.Captions).Text);
        var texts = page.Paragraphs.Select(p => p.Text).ToList();
        Assert.Equal(4, texts.Count);
        Assert.DoesNotContain(texts, t => t.Contains("Ferry fares") || t.Contains("Copyright") || t.Contains("Cyclists"));
        Assert.Equal("Shopkeepers were divided.", texts[1]);
    }

    [Fact]
    public void A_page_without_headline_gets_none_invented()
    {
        var page = Parse("""
            updated 2/2/2010 3:04:05 PM ET

            The regional water board approved a new reservoir on Tuesday after a decade of planning and two public inquiries.

            Construction is due to begin next year.

            © 2010 The Associated Press. All rights reserved.
            """);
        Assert.Null(page.Headline);
        Assert.Null(page.Dateline);
        Assert.Equal("AP", page.Source);
        Assert.Equal(2, page.Paragraphs.Count);
    }

    [Fact]
    public void Hard_wrapped_paragraphs_join_and_html_leftovers_go()
    {
        var page = Parse("""
            Friday, 10 August 2007

            PARIS, Aug 9 (AFP): The <b>museum</b> reopened its east wing on Thursday after
            three years of restoration work costing &euro; millions, its director said.
            Visitors queued for hours.
            """);
        Assert.Equal("AFP", page.Source);
        Assert.Equal("PARIS", page.Dateline);
        Assert.Equal(2, page.Paragraphs.Count);
        Assert.Equal("PARIS, Aug 9 (AFP): The museum reopened its east wing on Thursday after three years of restoration work costing &euro; millions, its director said.", page.Paragraphs[0].Text);
    }

    [Fact]
    public void A_pull_quote_repeating_the_story_is_dropped_whatever_its_case_and_punctuation()
    {
        // The pull quote joins two quoted fragments of the first paragraph and writes a place name in capitals.
        var page = Parse("""
            updated 2/2/2010 3:04:05 PM ET

            “The fees will double by spring,” the harbour master told the council on Tuesday, “and every ferry operator from Île Verte will pay.”

            The fees will double by spring and every ferry operator from ÎLE VERTE will pay.

            Operators said they would appeal the decision before the summer timetable begins.

            The “harbour levy” is paid by every boat that docks.
            """);
        Assert.Equal(3, page.Paragraphs.Count);
        Assert.DoesNotContain(page.Paragraphs, p => p.Text.StartsWith("The fees", StringComparison.Ordinal));
        Assert.Contains(page.Paragraphs, p => p.Text.StartsWith("The “harbour levy”", StringComparison.Ordinal)); // too short to be a repeat
    }
}
