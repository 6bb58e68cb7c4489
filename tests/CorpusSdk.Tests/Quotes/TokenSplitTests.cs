using System.Linq;
using CorpusSdk.Generator.Extraction.Quotes;

namespace CorpusSdk.Tests.Quotes;

/// <summary>The quote tokenizer's fast paths give the answers of the plain ones.</summary>
public class TokenSplitTests
{
    [Fact]
    public void Skipped_tokens_are_left_out_and_the_next_word_opens_with_a_quote()
    {
        const string text = "Ola Brandt said “we will stay,” and (left) early.";
        var open = text.IndexOf('“');
        var close = text.IndexOf('”');
        var skip = new bool[text.Length];
        for (var k = open; k <= close; k++) skip[k] = true;

        var all = Tokens.Split(text, 0, text.Length);
        var kept = Tokens.Split(text, 0, text.Length, [open, close], 1);

        Assert.Equal(all.Where(t => !skip[t.Start]).Select(t => t.Word), kept.Select(t => t.Word));
        var and = kept.Single(t => t.Word == "and");
        Assert.Equal('“', and.Lead); // the first writer's word after a quotation
        Assert.Equal('(', kept.Single(t => t.Word == "left").Lead); // a lead of its own is kept
        Assert.Equal('\0', kept.Single(t => t.Word == "said").Lead);
    }

    [Theory]
    [InlineData("al-Marri", true)]
    [InlineData("bin-Tariq", true)]
    [InlineData("al-marri", false)]
    [InlineData("alpha", false)]
    [InlineData("well-known", false)]
    [InlineData("Brandt", true)]
    [InlineData("J.", true)]
    [InlineData("NATO", false)]
    public void Name_words(string word, bool expected) => Assert.Equal(expected, Names.IsNameWord(word));

    [Fact]
    public void Sentences_end_at_stops_outside_quotes_and_after_a_quote_ending_in_a_stop()
    {
        var paragraphs = new[] { "Talks failed. “We are done.” Nobody moved at 2 a.m. “Why now?” Ola Brandt asked. Dr. Vell left!" };
        var spans = QuoteMarks.Scan(paragraphs.Select((t, i) => new CorpusSdk.Generator.Model.ParagraphModel(t, i + 1)).ToList(), new());
        var text = ParagraphText.Build(paragraphs[0], 0, spans);
        Assert.Equal(
            new[] { "Talks failed.", " “We are done.”", " Nobody moved at 2 a.m.", " “Why now?” Ola Brandt asked.", " Dr. Vell left!" },
            text.Sentences.Select(r => paragraphs[0].Substring(r.Start, r.End - r.Start)).ToArray());
    }

    [Fact]
    public void Writer_tokens_in_a_range_are_those_starting_in_it()
    {
        const string paragraph = "Ola Brandt said “we will stay,” and then, after a pause: “Not one step back.” Nobody replied.";
        var spans = QuoteMarks.Scan(new[] { new CorpusSdk.Generator.Model.ParagraphModel(paragraph, 1) }, new());
        var text = ParagraphText.Build(paragraph, 0, spans);
        for (var from = -1; from <= paragraph.Length + 1; from++)
            for (var to = from - 2; to <= paragraph.Length + 1; to++)
                Assert.Equal(text.Writer.Where(t => t.Start >= from && t.Start < to).Select(t => t.Start), text.WriterIn(from, to).Select(t => t.Start));
    }
}

