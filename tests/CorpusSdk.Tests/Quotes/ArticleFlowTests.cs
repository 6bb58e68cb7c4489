using Xunit.Abstractions;
using static CorpusSdk.Tests.Quotes.QuoteTestKit;

namespace CorpusSdk.Tests.Quotes;

/// <summary>A whole invented wire story: every quote, in order, with speaker and partial flag.</summary>
public class ArticleFlowTests
{
    private readonly ITestOutputHelper _out;
    public ArticleFlowTests(ITestOutputHelper o) => _out = o;

    [Fact]
    public void Invented_wire_story_attributes_every_quote()
    {
        var r = Run(
            "WASHINGTON (AP) — President Elena Marquez on Tuesday signed a sweeping climate bill, calling it “the most important thing we will do this decade.”",
            "The measure, which passed the Senate 51-49 last week, sets aside $370 billion for clean energy. “This is a big deal,” Marquez told a crowd of supporters at the White House.",
            "Republicans were unimpressed. Senate Minority Leader Frank Delacroix said the law would “crush small businesses” and vowed to repeal it.",
            "“They have spent money we don’t have,” Delacroix said in a floor speech. “Americans will pay for it.”",
            "The White House press secretary, Nadia Okonkwo, told reporters on Air Force One that the president was “thrilled.”",
            "Asked whether more bills would follow, she said: “Stay tuned.”",
            "Environmental groups welcomed the bill. “It’s not perfect, but it’s a start,” said Jamal Reyes, director of the Clean Air Coalition, a Washington-based advocacy group.",
            "Critics on the left say it doesn’t go far enough. Rep. Sofia Lindholm, D-Minn., called it “a down payment, not a solution.”",
            "According to a statement from the Treasury Department, the first grants will be issued in January.",
            "“We’re moving fast,” Treasury Secretary Bernard Oyelowo said. “Faster than anyone expected.”",
            "Oyelowo, 61, a former central banker, added that the agency was “hiring hundreds of people.”",
            "“I don’t think anybody in this room believed we could get here,” the president said.");
        foreach (var q in r.Quotes) _out.WriteLine($"p{q.Paragraph} [{q.Text}] speaker={q.Speaker ?? "null"} desc={q.SpeakerDescription ?? "null"} partial={q.Partial}");
        Assert.Empty(r.Diagnostics);
        var expected = new (string Start, string? Speaker, bool Partial)[]
        {
            ("the most important", "Elena Marquez", true),
            ("This is a big deal", "Elena Marquez", false),
            ("crush small", "Frank Delacroix", true),
            ("They have spent", "Frank Delacroix", false),
            ("Americans will pay", "Frank Delacroix", false),
            ("thrilled", "Nadia Okonkwo", true),
            ("Stay tuned", "Nadia Okonkwo", false),
            ("It’s not perfect", "Jamal Reyes", false),
            ("a down payment", "Sofia Lindholm", true),
            ("We’re moving fast", "Bernard Oyelowo", false),
            ("Faster than", "Bernard Oyelowo", false),
            ("hiring hundreds", "Bernard Oyelowo", true),
            ("I don’t think", "Elena Marquez", false),
        };
        Assert.Equal(expected.Length, r.Quotes.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.StartsWith(expected[i].Start, r.Quotes[i].Text);
            Assert.Equal(expected[i].Speaker, r.Quotes[i].Speaker);
            Assert.Equal(expected[i].Partial, r.Quotes[i].Partial);
        }
        Assert.Equal("director of the Clean Air Coalition", r.Quotes[7].SpeakerDescription);
    }
}
