using System.Text;

namespace CorpusSdk.Tests.Quotes;

/// <summary>Random text full of marks, apostrophes and capitals: extraction never throws and stays in bounds.</summary>
public class RobustnessTests
{
    private static readonly string[] Pieces =
    {
        "“", "”", "\"", "‘", "’", "'", "«", "»", " ", " ", " ", ", ", ". ", ": ", " - ", "—", "(", ")", "said", "told",
        "he", "she", "they", "Jane", "Doe", "al-Xyz", "van", "Mr.", "U.S.", "according to", "the", "spokesman", "Minister",
        "\n", "?", "!", "…", "1990s", "Qur’an", "was quoted as saying", "added", "A", "On",
    };

    [Fact]
    public void Random_text_never_throws()
    {
        var rng = new Random(20261123);
        for (var round = 0; round < 400; round++)
        {
            var paragraphs = new string[rng.Next(0, 6)];
            for (var p = 0; p < paragraphs.Length; p++)
            {
                var sb = new StringBuilder();
                var n = rng.Next(0, 40);
                for (var i = 0; i < n; i++) sb.Append(Pieces[rng.Next(Pieces.Length)]);
                paragraphs[p] = sb.ToString();
            }
            var r = QuoteTestKit.Run(paragraphs);
            foreach (var q in r.Quotes)
            {
                Assert.InRange(q.Paragraph, 0, paragraphs.Length - 1);
                Assert.False(string.IsNullOrWhiteSpace(q.Text));
            }
            foreach (var d in r.Diagnostics)
            {
                Assert.Equal("CSDK101", d.Id);
                Assert.True(d.Line >= 1 && d.Column >= 1);
            }
        }
    }

    [Fact]
    public void No_paragraphs_no_quotes()
    {
        var r = QuoteTestKit.Run();
        Assert.Empty(r.Quotes);
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void Same_input_gives_equal_results()
    {
        var a = QuoteTestKit.Run("“One,” said Rosa Benedetti.", "“Two,” she added.");
        var b = QuoteTestKit.Run("“One,” said Rosa Benedetti.", "“Two,” she added.");
        Assert.Equal(a, b);
    }
}
