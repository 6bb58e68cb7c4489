using CorpusSdk.Generator.Extraction.Page;

namespace CorpusSdk.Tests.Page;

/// <summary>The prefilters' cheap scans give the same answers as their one-position-at-a-time definitions.</summary>
public class TextScanTests
{
    /// <summary>The definition: some window where <see cref="TextScan.MayMatchAt"/> says maybe.</summary>
    private static bool MayContainByDefinition(string text, string word)
    {
        for (var i = 0; i + word.Length <= text.Length; i++)
            if (TextScan.MayMatchAt(text, i, word)) return true;
        return false;
    }

    [Theory]
    [InlineData("All Rights Reserved.", "reserved", true)]
    [InlineData("ALL RIGHTS RESERVE", "reserved", false)]
    [InlineData("rights re\u017Ferved", "reserved", true)]   // long s: a non-ASCII letter may match
    [InlineData("\u212Aeep it", "keep", true)]               // Kelvin sign
    [InlineData("\u0130t is", "it", true)]                   // dotted capital I
    [InlineData("“by”", "by", true)]
    [InlineData("b", "by", false)]
    [InlineData("", "by", false)]
    [InlineData("é", "by", false)]          // too short for the word
    [InlineData("xéy", "by", true)]
    public void MayContain_cases(string text, string word, bool expected)
    {
        Assert.Equal(expected, TextScan.MayContain(text, word));
        Assert.Equal(MayContainByDefinition(text, word), TextScan.MayContain(text, word));
    }

    [Fact]
    public void MayContain_agrees_with_its_definition_on_random_text()
    {
        var random = new Random(7);
        const string alphabet = "abcdeimnorstvyBCDEIMNORSTVY -.’“”\u212A\u017F\u0130\u0131éÉ\u00A0";
        string[] words = { "by", "from", "contributed", "reserved", "may", "not", "e-mail" };
        for (var n = 0; n < 20000; n++)
        {
            var chars = new char[random.Next(0, 24)];
            for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            foreach (var word in words)
                Assert.Equal(MayContainByDefinition(text, word), TextScan.MayContain(text, word));
        }
    }
}

/// <summary>Lines the comments-header prefilter must still hand to the regex (they end oddly or open with a digit).</summary>
public class CommentsHeaderPrefilterTests
{
    [Theory]
    [InlineData("Comments :", true)]
    [InlineData("Reader comments (12)", true)]
    [InlineData("What do you think?", true)]
    [InlineData("12 responses to “A quiet week at the harbour”.", true)]
    [InlineData("Join the conversation:", true)]
    [InlineData("The council said comments were closed.", false)]
    public void Comments_headers(string line, bool expected) => Assert.Equal(expected, Furniture.StartsComments(line));
}
