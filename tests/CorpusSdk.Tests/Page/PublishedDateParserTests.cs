using CorpusSdk.Generator.Extraction.Page;

namespace CorpusSdk.Tests.Page;

public class PublishedDateParserTests
{
    [Theory]
    [InlineData("March 3, 2011 / 4:05 PM / 2 years ago", "2011-03-03T16:05")]
    [InlineData("Tuesday, 4 May 2010", "2010-05-04")]
    [InlineData("updated 1/15/2009 7:02:11 PM ET 2009-01-16T00:02:11", "2009-01-15T19:02:11-05:00")]
    [InlineData("updated 7/15/2009 7:02:11 PM ET", "2009-07-15T19:02:11-04:00")]
    [InlineData("Published: 10:15 a.m. EST, March 3, 2008", "2008-03-03T10:15-05:00")]
    [InlineData("Last updated at 11:02 GMT on 12 June 2012", "2012-06-12T11:02Z")]
    [InlineData("Posted 2012-06-12T11:02:00+02:00", "2012-06-12T11:02+02:00")]
    [InlineData("By Ana Kowalski | Published June 12, 2012", "2012-06-12")]
    [InlineData("Sept. 9, 2014 9:30 pm PT", "2014-09-09T21:30-07:00")]
    public void Reads_date_lines_as_precisely_as_stated(string line, string iso)
        => Assert.Equal(iso, PublishedDateParser.ParseDateLine(line)?.ToIso());

    [Theory]
    [InlineData("The talks, held on March 3, 2008 in Geneva, ended without agreement after officials walked out.")]
    [InlineData("Ministers met in Oslo on Tuesday.")]
    [InlineData("Photo 3 of 12")]
    public void Prose_that_mentions_a_date_is_not_a_date_line(string line)
        => Assert.Null(PublishedDateParser.ParseDateLine(line));

    [Fact]
    public void An_unknown_zone_gives_no_offset()
        => Assert.Equal("2010-05-04T09:00", PublishedDateParser.ParseDateLine("May 4, 2010 9:00 AM XYZ")?.ToIso());
}
