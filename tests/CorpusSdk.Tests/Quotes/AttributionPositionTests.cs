using static CorpusSdk.Tests.Quotes.QuoteTestKit;

namespace CorpusSdk.Tests.Quotes;

public class AttributionPositionTests
{
    [Fact]
    public void Attribution_after_the_quote()
    {
        var q = Single("“The talks are over,” Foreign Minister Ana Kowalski said on Monday.");
        Assert.Equal("Ana Kowalski", q.Speaker);
        Assert.Equal("Foreign Minister", q.SpeakerDescription);
        Assert.False(q.Partial);
    }

    [Fact]
    public void Attribution_before_the_quote_with_colon()
    {
        var q = Single("Spokesman Tomas Lindqvist said: “The border stays closed until further notice.”");
        Assert.Equal("Tomas Lindqvist", q.Speaker);
        Assert.False(q.Partial);
    }

    [Fact]
    public void Inverted_attribution_with_title_after_the_name()
    {
        var q = Single("“Nobody expected this,” said Marta Oyelaran, a spokeswoman for the port authority.");
        Assert.Equal("Marta Oyelaran", q.Speaker);
        Assert.Equal("a spokeswoman for the port authority", q.SpeakerDescription);
    }

    [Fact]
    public void Quote_split_by_its_attribution_gives_two_attributed_records()
    {
        var r = Run(
            "Senator Hugo Brandt arrived late.",
            "“We have the votes,” he said. “The rest is theatre.”");
        Assert.Equal(2, r.Quotes.Count);
        Assert.All(r.Quotes, q => Assert.Equal("Hugo Brandt", q.Speaker));
        Assert.All(r.Quotes, q => Assert.False(q.Partial));
    }

    [Fact]
    public void Quote_split_mid_sentence_by_its_attribution()
    {
        var r = Run("“We have the votes,” Senator Hugo Brandt said, “and we will use them.”");
        Assert.Equal(2, r.Quotes.Count);
        Assert.All(r.Quotes, q => Assert.Equal("Hugo Brandt", q.Speaker));
        Assert.False(r.Quotes[1].Partial);
    }

    [Fact]
    public void According_to_a_person()
    {
        var q = Single("The plant will close in May, “leaving hundreds without work,” according to union official Bruno Castellan.");
        Assert.Equal("Bruno Castellan", q.Speaker);
    }

    [Fact]
    public void Told_reporters()
    {
        var q = Single("“There is no deal yet,” Trade Minister Keiko Halvorsen told reporters in Geneva.");
        Assert.Equal("Keiko Halvorsen", q.Speaker);
    }

    [Fact]
    public void Was_quoted_as_saying()
    {
        var q = Single("“We will rebuild every house,” Governor Samuel Achterberg was quoted as saying.");
        Assert.Equal("Samuel Achterberg", q.Speaker);
    }

    [Fact]
    public void Agency_quoted_person_as_saying()
    {
        var q = Single("“The drills are routine,” the state news agency quoted General Viktor Halloran as saying.");
        Assert.Equal("Viktor Halloran", q.Speaker);
    }

    [Fact]
    public void Colon_intro_at_end_of_paragraph_quote_in_next()
    {
        var r = Run(
            "In Lisbon, embassy spokeswoman Clara Munteanu said:",
            "“We are monitoring the situation closely and will advise travellers.”");
        var q = Assert.Single(r.Quotes);
        Assert.Equal("Clara Munteanu", q.Speaker);
        Assert.Equal(1, q.Paragraph);
        Assert.False(q.Partial);
    }

    [Fact]
    public void Standalone_quote_paragraph_continues_previous_speaker()
    {
        var r = Run(
            "“The river is rising fast,” Mayor Ilse Vandermeer said.",
            "“We expect the peak tonight.”");
        Assert.Equal(2, r.Quotes.Count);
        Assert.Equal("Ilse Vandermeer", r.Quotes[1].Speaker);
    }
}
