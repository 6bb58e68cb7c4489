using static CorpusSdk.Tests.Quotes.QuoteTestKit;

namespace CorpusSdk.Tests.Quotes;

public class PartialQuoteTests
{
    [Fact]
    public void Fragment_after_said_is_partial_and_speaker_is_the_subject()
    {
        var q = Single("Agnes Thorvald, a senior adviser to Chancellor Piet Brouwer, said the country “can play a role.”");
        Assert.True(q.Partial);
        Assert.Equal("Agnes Thorvald", q.Speaker);
        Assert.Equal("can play a role.", q.Text);
    }

    [Fact]
    public void Fragment_with_non_speech_verb_takes_the_sentence_subject()
    {
        var r = Run(
            "Prime Minister Selim Baranov visited the mill.",
            "Baranov thanked the workers for their \"steady\" work in \"hard times.\"");
        Assert.Equal(2, r.Quotes.Count);
        Assert.All(r.Quotes, q => Assert.True(q.Partial));
        Assert.All(r.Quotes, q => Assert.Equal("Selim Baranov", q.Speaker));
    }

    [Fact]
    public void Trailing_attribution_wins_over_clause_subject()
    {
        var r = Run(
            "Mayor Lucia Ferrante met aide Dmitri Sokolov.",
            "Ferrante told the council “very plainly” that it had to choose, Sokolov said, without elaborating.");
        var q = Assert.Single(r.Quotes);
        Assert.True(q.Partial);
        Assert.Equal("Dmitri Sokolov", q.Speaker);
    }

    [Fact]
    public void Full_sentence_quote_is_not_partial()
    {
        var q = Single("“The bridge will be rebuilt by spring,” she said.");
        Assert.False(q.Partial);
    }

    [Fact]
    public void Capitalised_fragment_followed_by_writer_text_is_partial()
    {
        var q = Single("“Fresh start” is how envoy Hana Jurić described the agreement.");
        Assert.True(q.Partial);
    }

    [Fact]
    public void According_to_agency_person_subject_wins()
    {
        var r = Run(
            "Foreign Minister Ana Kowalski arrived in the capital.",
            "According to the state-run Meridian news agency, Kowalski praised the hosts for their \"generous\" welcome.");
        var q = Assert.Single(r.Quotes);
        Assert.Equal("Ana Kowalski", q.Speaker);
        Assert.True(q.Partial);
    }

    [Fact]
    public void According_to_agency_without_person()
    {
        var q = Single("The talks were \"constructive,\" according to the state-run Meridian news agency.");
        Assert.Null(q.Speaker);
        Assert.Equal("the state-run Meridian news agency", q.SpeakerDescription);
        Assert.True(q.Partial);
    }
}

public class TitleInMarksTests
{
    [Fact]
    public void Titles_of_works_in_marks_are_not_quotes()
    {
        var r = QuoteTestKit.Run(
            "Presenter Lina Moreau, host of the talk show “Morning Desk,” interviewed the author of “A Winter in Rome” on Monday.",
            "“It was a pleasure,” Moreau said.");
        var q = Assert.Single(r.Quotes);
        Assert.Equal("It was a pleasure,", q.Text);
    }

    [Fact]
    public void Lower_case_fragment_is_still_a_quote()
    {
        var q = QuoteTestKit.Single("Minister Ana Kowalski called the report “deeply misleading” on Monday.");
        Assert.True(q.Partial);
        Assert.Equal("Ana Kowalski", q.Speaker);
    }
}

public class SloganTests
{
    [Fact]
    public void Title_cased_chant_without_a_title_cue_stays_a_quote()
    {
        var q = QuoteTestKit.Single("Protesters outside the embassy chanted “Freedom for Everyone” until dusk.");
        Assert.True(q.Partial);
        Assert.Null(q.Speaker);
    }
}
