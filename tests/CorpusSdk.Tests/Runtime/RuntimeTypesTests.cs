using CorpusSdk.Internal;

namespace CorpusSdk.Tests.Runtime;

public class RuntimeTypesTests
{
    [Theory]
    [InlineData("2007-08-08")]
    [InlineData("2007-08-08T08:46")]
    [InlineData("2007-08-08T11:54:45-04:00")]
    [InlineData("2020-01-02T03:04Z")]
    [InlineData("2019-06-30T23:59:01+05:30")]
    public void Published_date_round_trips_its_iso_form(string iso) => Assert.Equal(iso, PublishedDate.Parse(iso).ToString());

    [Fact]
    public void Published_dates_order_by_instant_when_both_have_offsets()
    {
        var newYork = PublishedDate.Parse("2008-03-03T10:00-05:00"); // 15:00 UTC
        var london = PublishedDate.Parse("2008-03-03T14:00Z");
        Assert.True(london < newYork);
        Assert.False(PublishedDate.Parse("2008-03-03").HasTime);
    }

    [Fact]
    public void Sources_and_people_compare_by_value()
    {
        Assert.True(new NewsSource("Reuters") == new NewsSource("Reuters"));
        Assert.True(new NewsSource("AP") != new NewsSource("AFP"));
        var a = new Person("JaneDoe", "Jane Doe", ["Jane Doe"], []);
        Assert.Equal(a, new Person("JaneDoe", "Jane Doe (other instance)", [], []));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("")]
    [InlineData("sep\u001Finside and escape \u0010 char, \u0010n too")]
    [InlineData("lone \uD800 high and \uDC00 low, pair \uD83D\uDE00")]
    [InlineData("\u0010n")]
    public void Token_format_round_trips_any_string(string text)
    {
        var w = new TokenWriter();
        w.Write(text);
        var token = w.ToString();
        Assert.DoesNotContain(TokenFormat.Separator, token);
        Assert.Equal(text, TokenFormat.Unescape(token));
        var nothing = new TokenWriter();
        nothing.Write((string?)null);
        Assert.NotEqual(token, nothing.ToString());
    }
}
