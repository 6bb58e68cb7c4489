using static CorpusSdk.Tests.Quotes.QuoteTestKit;

namespace CorpusSdk.Tests.Quotes;

public class SpeechVerbTests
{
    [Theory]
    [InlineData("told the assembly")]
    [InlineData("added")]
    [InlineData("urged")]
    [InlineData("warned")]
    [InlineData("stressed")]
    [InlineData("noted")]
    [InlineData("insisted")]
    [InlineData("wrote on social media")]
    public void Speech_verbs_after_the_quote(string verb)
    {
        var q = Single($"“Act before winter comes,” Health Minister Oona Sigurdsen {verb}.");
        Assert.Equal("Oona Sigurdsen", q.Speaker);
        Assert.False(q.Partial);
    }

    [Fact]
    public void Accused_of_takes_the_subject()
    {
        var r = Run(
            "Interior Minister Rafael Quintero spoke after the clashes.",
            "He accused the protest organisers of “reckless acts that endangered children.”");
        var q = Assert.Single(r.Quotes);
        Assert.Equal("Rafael Quintero", q.Speaker);
        Assert.True(q.Partial);
    }

    [Fact]
    public void Reported_by_a_newspaper()
    {
        var q = Single("“The deal is dead,” the Morning Ledger newspaper reported, citing sources.");
        Assert.Null(q.Speaker);
        Assert.Equal("the Morning Ledger newspaper", q.SpeakerDescription);
    }
}
