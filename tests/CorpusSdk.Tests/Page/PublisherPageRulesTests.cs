using CorpusSdk.Generator.Extraction.Page;
using CorpusSdk.Generator.Model;
using CorpusSdk.Generator.Reading;

namespace CorpusSdk.Tests.Page;

/// <summary>
/// Rules for publishers' own pages (PageLineRules and the positional rules in PageParser), each on invented text
/// unlike the pages in tests/CorpusSdk.Tests/Pages.
/// </summary>
public class PublisherPageRulesTests
{
    private static ParsedPage Parse(string text) => PageParser.Parse(PageText.Parse(text));

    [Fact]
    public void One_line_menu_is_not_the_headline_and_a_long_headline_is_not_the_body()
    {
        var page = Parse("""
            Weather | Traffic | Lottery | Jobs | Puzzles
            The Weekly Clarion

            Village baker, 90, hands over the ovens to her great-granddaughter after seventy years of dawn starts and Christmas queues

            By Tom Hale for the Weekly Clarion
            Published: 07:10 BST, 2 May 2016

            A baker who has risen at four every morning since 1946 has handed the business to her great-granddaughter.

            The shop will keep its name, its recipes and its queue.
            """);
        Assert.Equal("Village baker, 90, hands over the ovens to her great-granddaughter after seventy years of dawn starts and Christmas queues", page.Headline);
        Assert.StartsWith("A baker who has risen", page.Paragraphs[0].Text);
        Assert.Equal(2, page.Paragraphs.Count);
        Assert.Contains(new CreditModel(CreditKind.Author, "Tom Hale"), page.Credits);
    }

    [Fact]
    public void Standfirst_and_summary_bullets_stay_out_of_the_body_and_the_headline()
    {
        var page = Parse("""
            The Upland Post

            Toll bridge to close for six weeks of repairs
            - Drivers face a 20-mile detour from Monday
            - Ferry to run extra crossings at peak times

            By Ria Mehta
            March 9, 2017

            The county's only toll bridge will close for six weeks from Monday while engineers replace worn bearings.
            """);
        Assert.Equal("Toll bridge to close for six weeks of repairs", page.Headline);
        Assert.Single(page.Paragraphs);
    }

    [Fact]
    public void A_prose_standfirst_above_the_byline_is_not_the_story()
    {
        var page = Parse("""
            FEATURES

            The Clockmakers' Street
            For three centuries one lane in an old river town has kept the time for half the region. Can it keep going?

            By Ida Novak
            October 2, 2018

            On a grey morning the lane smells of brass polish and coffee, and every window holds a ticking face.

            "We repair what others throw away," said one of the clockmakers.
            """);
        Assert.Equal("The Clockmakers' Street", page.Headline);
        Assert.StartsWith("On a grey morning", page.Paragraphs[0].Text);
        Assert.Equal(2, page.Paragraphs.Count);
    }

    [Fact]
    public void Guardian_like_byline_without_by_and_a_standfirst_line()
    {
        var page = Parse("""
            The Coastal Standard
            World news
            Orchard growers count cost of late frost
            Apple and pear harvests expected to fall by a third after a cold snap in April

            Noor Haddad Agriculture correspondent
            Tue 8 May 2018 07.30 BST

            Growers across the valley say a single night of frost has wiped out a third of this year's fruit.
            """);
        Assert.Equal("Orchard growers count cost of late frost", page.Headline);
        Assert.Contains(new CreditModel(CreditKind.Author, "Noor Haddad"), page.Credits);
        Assert.Equal("2018-05-08T07:30+01:00", page.Published?.ToIso());
    }

    [Fact]
    public void Name_line_over_a_job_line_is_a_byline()
    {
        var page = Parse("""
            Dam inspection finds no new cracks

            Omar Figueroa
            Senior Writer
            Published Friday, June 3, 2016 4:05PM EDT

            Engineers who inspected the Red Fork dam this week found no new cracks, the water district said Friday.
            """);
        Assert.Equal("Dam inspection finds no new cracks", page.Headline);
        Assert.Contains(new CreditModel(CreditKind.Author, "Omar Figueroa"), page.Credits);
        Assert.Single(page.Paragraphs);
    }

    [Fact]
    public void Agency_byline_names_the_source_and_is_not_the_headline()
    {
        var page = Parse("""
            The Prairie Sentinel
            Nation

            Grain train derails near river crossing

            By The Associated Press
            Posted Aug 2, 2012 at 9:12 AM CDT

            ELM CREEK, Neb. — A freight train loaded with grain derailed near a river crossing early Thursday, officials said.

            Associated Press writers Jo Park in Omaha and Lee Grant contributed to this report.
            """);
        Assert.Equal("AP", page.Source);
        Assert.Equal("Grain train derails near river crossing", page.Headline);
        Assert.Equal("2012-08-02T09:12-05:00", page.Published?.ToIso());
        Assert.Single(page.Paragraphs);
        Assert.Contains(new CreditModel(CreditKind.Reporting, "Jo Park"), page.Credits);
        Assert.Contains(new CreditModel(CreditKind.Reporting, "Lee Grant"), page.Credits);
    }

    [Theory]
    [InlineData("By Lina Berg | 4 April 2017, 09:15 CEST", "Lina Berg", "2017-04-04T09:15+02:00")]
    [InlineData("Posted on May 6, 2009 at 2:40 pm by Carl Dunn", "Carl Dunn", "2009-05-06T14:40")]
    [InlineData("By Nina Sorensen on June 3, 2015 at 9:03 pm", "Nina Sorensen", "2015-06-03T21:03")]
    [InlineData("By Raj Patel - Jun 3, 2015 9:03 PM EDT", "Raj Patel", "2015-06-03T21:03-04:00")]
    public void A_date_line_can_carry_the_author(string dateLine, string author, string iso)
    {
        var page = Parse($"""
            Harbour pool reopens after refit

            {dateLine}

            The harbour swimming pool reopened on Saturday after an eight-month refit paid for by local donations.
            """);
        Assert.Contains(new CreditModel(CreditKind.Author, author), page.Credits);
        Assert.Equal(iso, page.Published?.ToIso());
    }

    [Fact]
    public void Closing_lines_caption_credits_pull_quotes_and_author_notes_are_not_body()
    {
        var page = Parse("""
            Library to open on Sundays

            By Paula Greer
            Published 10:02 a.m. ET Jan. 12, 2015

            The central library will open on Sundays from next month, the city said Monday.

            Readers queue at the library's front desk on Monday. (Staff photo by Dev Anand)

            "People have asked for this for years," librarian Rosa Tam said. "Sunday is when families are free."

            "Sunday is when families are free."

            The change costs about $90,000 a year.

            Contact Paula Greer at pgreer@example.com or 555-0199.

            This article appears in the January 13, 2015 print edition.

            Paula Greer is a staff writer at the Daily Example.

            Comments are closed.
            """);
        Assert.Equal(3, page.Paragraphs.Count);
        Assert.StartsWith("The change costs", page.Paragraphs[^1].Text);
        Assert.Contains(page.Captions, c => c.Credit == "Staff photo by Dev Anand");
        Assert.Contains(new CreditModel(CreditKind.Photo, "Dev Anand"), page.Credits);
    }

    [Fact]
    public void Blog_page_is_named_by_its_first_line_when_nothing_else_names_it()
    {
        var page = Parse("""
            Back Bench Notes — politics from the third row
            Home About Archive

            Budget vote slips to Thursday

            Posted on April 2, 2012 at 9:00 am by Will Ames

            Leaders pushed the budget vote back a day on Wednesday after two members fell ill.

            2 Responses to "Budget vote slips to Thursday"
            "Typical," wrote one reader.
            """);
        Assert.Equal("Back Bench Notes", page.Source);
        Assert.Single(page.Paragraphs);
    }

    [Fact]
    public void Print_view_without_headline_gets_none()
    {
        var page = Parse("""
            The Eastern Ledger
            Print this page

            Last Updated: Jan 5, 2019, 08:10 AM IST

            KOCHI: Fishing boats stayed in harbour on Saturday after a cyclone warning for the coast.
            """);
        Assert.Null(page.Headline);
        Assert.Equal("KOCHI", page.Dateline);
        Assert.Equal("2019-01-05T08:10+05:30", page.Published?.ToIso());
        Assert.Equal("The Eastern Ledger", page.Source);
    }

    [Fact]
    public void Mixed_case_dateline_with_date_and_agency()
    {
        Assert.Equal(("Kandy", "KDN"), DatelineParser.Parse("Kandy, Oct 3 (KDN) – Rain delayed the harvest."));
        Assert.Equal((null, null), DatelineParser.Parse("Meanwhile, prices rose - again."));
    }

    [Theory]
    [InlineData("Posted: 2018-11-02 08:45:00 +05:30", "2018-11-02T08:45+05:30")]
    [InlineData("Updated 3:10 PM HKT, 4 May 2017", "2017-05-04T15:10+08:00")]
    [InlineData("Published 6:00 a.m. NZDT, January 9, 2020", "2020-01-09T06:00+13:00")]
    public void Numeric_offsets_and_more_zone_names(string line, string iso)
        => Assert.Equal(iso, PublishedDateParser.ParseDateLine(line)?.ToIso());

    [Theory]
    [InlineData("© The Valley Echo 2016", "The Valley Echo")]
    [InlineData("Copyright © Northfield Media 2001-2019", "Northfield Media")]
    public void Copyright_year_after_the_holder_is_dropped(string line, string source)
        => Assert.Equal(source, SourceDetector.FromCopyright(line));

    [Fact]
    public void Broadcaster_media_caption_is_a_caption()
    {
        var page = Parse("""
            Snow closes mountain pass

            4 March 2015 Last updated at 08:12

            Media caption Ploughs clear the road at the summit

            Heavy snow closed the main mountain pass overnight, stranding more than 40 lorries.
            """);
        Assert.Contains(page.Captions, c => c.Text == "Ploughs clear the road at the summit");
        Assert.Single(page.Paragraphs);
    }
    [Fact]
    public void Standfirst_between_date_line_and_byline_is_not_the_story()
    {
        var page = Parse("""
            8 May 2012 Last updated at 10:05 GMT

            Canal towpath reopens after landslip

            Walkers and cyclists can use the whole route again after six months of repairs to the bank.

            By Megan Price

            The towpath between the two locks reopened on Tuesday, six months after a landslip swept part of it into the water.
            """);
        Assert.Equal("Canal towpath reopens after landslip", page.Headline);
        Assert.Equal("The towpath between", Assert.Single(page.Paragraphs).Text.Substring(0, 19));
    }

    [Fact]
    public void Reporter_contact_line_is_not_body()
    {
        var page = Parse("""
            Bridge fares frozen for a year

            By Ana Ruiz, Staff Writer
            June 4, 2013

            Bridge tolls will stay at $3 until next summer, the authority decided on Tuesday.

            Ana Ruiz can be reached at 555-0123 or on Twitter.
            """);
        Assert.Single(page.Paragraphs);
    }

    [Fact]
    public void Kicker_over_headline_is_not_the_headline_and_a_name_under_the_date_is_the_author()
    {
        var page = Parse("""
            Valley Public Radio

            Around the State
            Ski resorts bet on summer to survive warmer winters
            May 12, 2015 · 6:00 AM ET
            Heard on Weekend Edition
            Tomas Reyes

            Ski resorts across the state are adding mountain bike trails and zip lines as their snow seasons shorten.
            """);
        Assert.Equal("Ski resorts bet on summer to survive warmer winters", page.Headline);
        Assert.Contains(new CreditModel(CreditKind.Author, "Tomas Reyes"), page.Credits);
        Assert.Equal("2015-05-12T06:00-04:00", page.Published?.ToIso());
    }

    [Fact]
    public void Wire_credit_line_in_parentheses()
    {
        var page = Parse("""
            Brewer to cut 300 jobs

            OSLO (Reuters) - A brewer will cut 300 jobs as beer sales fall, it said on Monday.

            (Reporting by Eva Lund; Editing by Tom Beck)
            """);
        Assert.Single(page.Paragraphs);
        Assert.Contains(new CreditModel(CreditKind.Reporting, "Eva Lund"), page.Credits);
        Assert.Contains(new CreditModel(CreditKind.Editing, "Tom Beck"), page.Credits);
    }
    [Fact]
    public void Relative_time_lines_are_not_headlines_and_the_site_name_can_sit_under_a_menu_word()
    {
        var page = Parse("""
            Menu
            The Hillside Echo

            Parking
            Car park charges to double in town centre

            Updated
            3 hours ago

            By Gwen Pryor

            Parking charges in the town centre will double from April, the council has confirmed.
            """);
        Assert.Equal("Car park charges to double in town centre", page.Headline);
        Assert.Equal("The Hillside Echo", page.Source);
    }

    [Fact]
    public void Byline_with_colon_and_a_broadcaster_acronym_after_the_name()
    {
        Assert.Equal([new CreditModel(CreditKind.Author, "Kyle Moss")], CreditLineParser.ParseByline("By: Kyle Moss"));
        Assert.Equal([new CreditModel(CreditKind.Author, "Dana Holt")], CreditLineParser.ParseByline("By Dana Holt, CNN"));
        Assert.Equal(2, CreditLineParser.ParseByline("By JANE DOE, JOHN ROE")!.Count);
    }
    [Fact]
    public void Links_under_a_list_header_click_here_lines_and_have_your_say_are_not_body()
    {
        var page = Parse("""
            The Moorland Times

            School meals to be free for all pupils

            By Ruth Carey
            9 May 2019

            Every primary pupil in the county will get free school meals from September, the council said.

            Click here to see which schools are taking part.

            The scheme will cost £4m a year.

            More on this story
            Are free meals worth the money?
            Parents welcome the plan.
            Council budget explained (8 May 2019)

            Have your say
            Brilliant idea, should have happened years ago if you ask me.
            """);
        Assert.Equal(2, page.Paragraphs.Count);
        Assert.StartsWith("The scheme will cost", page.Paragraphs[^1].Text);
    }

    [Fact]
    public void A_long_paragraph_after_a_list_header_is_still_story()
    {
        var page = Parse("""
            Storm closes coast road
            June 1, 2012

            A storm closed the coast road on Friday, stranding drivers for several hours.
            Related
            Crews worked through the night to clear fallen trees and reopen the road before the morning rush, police said.
            """);
        Assert.Equal(2, page.Paragraphs.Count);
    }
    [Fact]
    public void Author_beat_note_and_agency_contribution_line_are_not_body()
    {
        var page = Parse("""
            Tram line extension approved

            By Leo Marsh
            July 7, 2014

            The tram line will be extended by four stops to the new hospital, the transport board decided on Monday.

            Work is due to start next spring.

            The Associated Press contributed to this report.

            Leo Marsh covers transport for the Evening Record. Reach him at 555-0187.
            """);
        Assert.Equal(2, page.Paragraphs.Count);
        Assert.DoesNotContain(page.Credits, c => c.Name.Contains("Press"));
    }
    [Fact]
    public void Gallery_captions_above_their_credit_lines_in_the_body_are_captions()
    {
        var page = Parse("""
            Barn fire closes county road
            By Ben Ortiz
            Published 7:45 p.m. CT June 4, 2013

            Fire destroyed a barn beside the county road on Tuesday evening, the fire department said.

            Photo 1 of 2
            Firefighters spray water on the barn from the road on Tuesday evening.
            Sara Lind / The Granite Gazette

            toggle caption
            Neighbours watch the fire from a field across the road as it spreads.
            Sara Lind/The Granite Gazette

            No one was injured.
            """);
        Assert.Equal(2, page.Paragraphs.Count);
        Assert.Equal(2, page.Captions.Count);
        Assert.Equal("Sara Lind / The Granite Gazette", page.Captions[0].Credit);
    }
    [Fact]
    public void Story_highlights_are_not_the_headline_and_a_saved_title_names_the_site()
    {
        var page = Parse("""
            Mayor vows to rebuild storm-wrecked pier | Local | The Shore Courier
            Mayor vows to rebuild storm-wrecked pier
            Story highlights
            Mayor says the pier will reopen next summer
            Insurers put the damage at $20 million
            By Dana Holt
            Updated 2:14 PM ET, Fri August 9, 2013

            The mayor of a shore town vowed on Friday to rebuild its storm-wrecked pier within a year.
            """);
        Assert.Equal("Mayor vows to rebuild storm-wrecked pier", page.Headline);
        Assert.Equal("The Shore Courier", page.Source);
        Assert.Single(page.Paragraphs);
    }
}
