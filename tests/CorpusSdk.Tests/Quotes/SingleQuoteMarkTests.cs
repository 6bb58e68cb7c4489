using CorpusSdk.Generator.Extraction.Quotes;
using CorpusSdk.Generator.Model;

namespace CorpusSdk.Tests.Quotes;

/// <summary>British house style: quotes in single curly marks, in articles with no double marks.</summary>
public class SingleQuoteMarkTests
{
    private static IReadOnlyList<QuoteModel> Extract(params string[] paragraphs)
        => QuoteExtractor.Extract(paragraphs.Select((t, i) => new ParagraphModel(t, i + 1)).ToList()).Quotes;

    [Fact]
    public void Single_marks_quote_when_the_article_has_no_double_marks()
    {
        var quotes = Extract(
            "Owen Pryce, 81, a retired welder, finished the coastal walk on Sunday.",
            "‘I’m stiff, I’m soaked and I’ve never been happier,’ he said.",
            "His neighbours called the effort ‘slightly mad and hugely generous’.");
        Assert.Equal(["I’m stiff, I’m soaked and I’ve never been happier,", "slightly mad and hugely generous"], quotes.Select(q => q.Text));
        Assert.Equal("Owen Pryce", quotes[0].Speaker);
        Assert.True(quotes[1].Partial);
    }

    [Fact]
    public void Apostrophes_and_plural_possessives_open_and_close_nothing()
    {
        Assert.Empty(Extract("The players’ union said it wasn’t consulted about the club’s plans for the ’90s-style kit."));
    }

    [Fact]
    public void In_a_paragraph_with_double_marks_single_marks_stay_nested()
    {
        var quotes = Extract("“We call it ‘the long mile’,” said guide Mara Voss.", "Walkers’ boots were ruined by the rain.");
        Assert.Equal(["We call it ‘the long mile’,"], quotes.Select(q => q.Text));
    }

    [Fact]
    public void Straight_single_marks_quote_beside_paragraphs_with_double_marks()
    {
        var quotes = Extract(
            "The harbour master said crossings would resume \"as soon as conditions allow\".",
            "Shop owner Isla Baird said: 'We have milk for a day. After that, I don't know.'");
        Assert.Equal(["as soon as conditions allow", "We have milk for a day. After that, I don't know."], quotes.Select(q => q.Text));
        Assert.Equal("Isla Baird", quotes[1].Speaker);
    }
}
