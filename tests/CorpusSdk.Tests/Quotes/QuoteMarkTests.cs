using static CorpusSdk.Tests.Quotes.QuoteTestKit;

namespace CorpusSdk.Tests.Quotes;

public class QuoteMarkTests
{
    [Fact]
    public void Curly_marks_give_text_without_marks_keeping_inner_punctuation()
    {
        var q = Single("“The harbour will reopen next week,” Harbour Master Ines Calloway said.");
        Assert.Equal("The harbour will reopen next week,", q.Text);
    }

    [Fact]
    public void Straight_marks_work_like_curly_ones()
    {
        var q = Single("\"We are not leaving,\" said union leader Pavel Dusek.");
        Assert.Equal("We are not leaving,", q.Text);
        Assert.Equal("Pavel Dusek", q.Speaker);
    }

    [Fact]
    public void Nested_single_quotes_stay_inside_the_double_quote()
    {
        var q = Single("“They called it ‘a final offer’ and walked out,” mediator Rosa Benedetti said.");
        Assert.Equal("They called it ‘a final offer’ and walked out,", q.Text);
    }

    [Fact]
    public void Apostrophes_and_transliteration_marks_open_no_quote()
    {
        var r = Run(
            "The Shi‘ite party’s leader said the ’90s were different and that Oslo’s plan didn’t work.",
            "Ba‘ath officials and the Qur’an scholars met on Sunday.");
        Assert.Empty(r.Quotes);
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void Apostrophes_inside_a_quote_are_kept()
    {
        var q = Single("“It’s the ’90s all over again, and we don’t like it,” said trader Mei Okafor.");
        Assert.Equal("It’s the ’90s all over again, and we don’t like it,", q.Text);
    }

    [Fact]
    public void Multi_paragraph_quote_is_one_quote()
    {
        var r = Run(
            "Chief engineer Lars Moberg described the failure.",
            "“The first valve stuck at dawn. Nobody noticed for an hour.",
            "“By then the pressure had doubled and the line split,” Moberg said.");
        var q = Assert.Single(r.Quotes);
        Assert.StartsWith("The first valve stuck at dawn.", q.Text);
        Assert.EndsWith("the line split,", q.Text);
        Assert.Equal(1, q.Paragraph);
        Assert.Equal("Lars Moberg", q.Speaker);
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void Stray_opening_mark_does_not_swallow_the_article_and_is_reported()
    {
        var r = Run(
            "The council met on Tuesday to discuss “the budget.",
            "Mayor Olga Petrenko said the vote would be close.",
            "“We will win it,” Petrenko said.");
        var q = Assert.Single(r.Quotes);
        Assert.Equal("We will win it,", q.Text);
        Assert.Equal("Olga Petrenko", q.Speaker);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal("CSDK101", d.Id);
        Assert.Equal(1, d.Line);
        Assert.Equal("The council met on Tuesday to discuss ".Length + 1, d.Column);
        Assert.Equal("“", d.Arguments[0]);
    }

    [Fact]
    public void Stray_closing_mark_is_reported_at_its_column()
    {
        var r = Run("Prices rose again” in March, officials said.");
        Assert.Empty(r.Quotes);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal("CSDK101", d.Id);
        Assert.Equal("Prices rose again".Length + 1, d.Column);
    }

    [Fact]
    public void Odd_straight_mark_is_reported_and_later_paragraphs_still_parse()
    {
        var r = Run(
            "He measured the 12\" pipe twice.",
            "\"It holds,\" inspector Nadia Ferreira said.");
        var q = Assert.Single(r.Quotes);
        Assert.Equal("It holds,", q.Text);
        Assert.Single(r.Diagnostics);
    }

    [Fact]
    public void Diagnostic_line_follows_the_paragraph_line()
    {
        var r = Run("One.", "Two.", "A stray “mark here.");
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal(3, d.Line);
        Assert.Equal(9, d.Column);
    }

    [Fact]
    public void Quotes_are_returned_in_order_with_paragraph_and_line()
    {
        var r = Run(
            "“First,” said coach Ana Lindgren.",
            "Nothing quoted here.",
            "“Second,” Lindgren added.");
        Assert.Equal(2, r.Quotes.Count);
        Assert.Equal(0, r.Quotes[0].Paragraph);
        Assert.Equal(2, r.Quotes[1].Paragraph);
        Assert.Equal(3, r.Quotes[1].Line);
    }
}

public class WrongWayMarkTests
{
    [Fact]
    public void Wrong_way_closing_mark_glued_to_the_last_word_closes_the_quote()
    {
        var r = QuoteTestKit.Run("Senator Hugo Brandt said he was “not against the plan, only its timing“.");
        var q = Assert.Single(r.Quotes);
        Assert.Equal("not against the plan, only its timing", q.Text);
        Assert.Equal("Hugo Brandt", q.Speaker);
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void Wrong_way_opening_mark_before_a_word_opens_the_quote()
    {
        var q = QuoteTestKit.Single("”We are ready,” said coach Ana Lindgren.");
        Assert.Equal("We are ready,", q.Text);
    }
}

public class MultiParagraphTests
{
    [Fact]
    public void Colon_intro_then_multi_paragraph_straight_quote()
    {
        var r = QuoteTestKit.Run(
            "In her resignation letter, board member Ingrid Solberg wrote:",
            "\"I joined this board to serve the town. That is no longer possible.",
            "\"I wish my colleagues well.\"",
            "The board meets again in June.");
        var q = Assert.Single(r.Quotes);
        Assert.Equal("Ingrid Solberg", q.Speaker);
        Assert.Equal(1, q.Paragraph);
        Assert.Equal(2, q.Line);
        Assert.Contains("no longer possible.", q.Text);
        Assert.EndsWith("I wish my colleagues well.", q.Text);
        Assert.False(q.Partial);
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void Unclosed_quote_before_a_plain_paragraph_is_reported_not_extended()
    {
        var r = QuoteTestKit.Run(
            "“We will fight on, said union leader Pavel Dusek.",
            "Talks resume on Monday.",
            "“We are hopeful,” mediator Rosa Benedetti said.");
        var q = Assert.Single(r.Quotes);
        Assert.Equal("We are hopeful,", q.Text);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal(1, d.Line);
        Assert.Equal(1, d.Column);
    }

    [Fact]
    public void Low_opening_mark_and_guillemets_open_quotes_anywhere_in_the_paragraph()
    {
        // The scanner jumps from mark to mark: a „ before, between and after other marks is still seen.
        var r = Run(
            "Mayor Ilse Brand said „we rebuild“ and later «we stay», adding: „no one leaves.”",
            "„First words,” said Tomas Vell, “then more.”");
        Assert.Equal(new[] { "we rebuild", "we stay", "no one leaves.", "First words,", "then more." },
            r.Quotes.Select(q => q.Text).ToArray());
    }

    [Fact]
    public void A_multi_paragraph_quote_keeps_the_text_between_marks()
    {
        var r = Run("“The river rose overnight, and the bridge closed.", "“We opened the school as a shelter,” said warden Anke Roos.");
        var q = Assert.Single(r.Quotes);
        Assert.Equal("The river rose overnight, and the bridge closed. We opened the school as a shelter,", q.Text);
    }
}
