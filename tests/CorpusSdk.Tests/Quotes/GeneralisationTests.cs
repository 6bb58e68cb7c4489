using static CorpusSdk.Tests.Quotes.QuoteTestKit;

namespace CorpusSdk.Tests.Quotes;

/// <summary>Patterns of publishers' pages the seeds lack, one rule each, with invented names.</summary>
public class GeneralisationTests
{
    [Fact]
    public void Pronoun_skips_a_sentence_initial_adjective_before_a_lower_case_title_chain()
    {
        var r = Run(
            "Project manager Fiona Kettering said the scheme would power 30,000 homes. “It is the largest of its kind,” she said.",
            "Not everyone is convinced. Local angling club secretary Graham Pike said the panels could harm fish stocks.",
            "“Nobody has shown us what this does to the wildlife,” he said.");
        Assert.Equal("Graham Pike", r.Quotes[1].Speaker);
    }

    [Fact]
    public void Pronoun_reads_the_subject_through_an_apposition()
    {
        var r = Run(
            "A police spokeswoman said: “We hope this brings some comfort.”",
            "One of the victims, Shanice Oduya, 22, said she still could not sleep. “Every time I close my eyes I hear the engine,” she said.");
        Assert.Equal("Shanice Oduya", r.Quotes[1].Speaker);
    }

    [Fact]
    public void One_word_subject_with_a_description_is_a_pronouns_antecedent()
    {
        var r = Run(
            "“What we are seeing is catastrophic,” said Leila Haddad, the regional director of the charity.",
            "Mohammed, a 40-year-old shopkeeper who lost his home, said he had not seen his brother. “I go to the river every morning,” he said.");
        Assert.Equal("Mohammed", r.Quotes[1].Speaker);
    }

    [Fact]
    public void Role_phrase_then_name_in_apposition_is_the_subject()
    {
        var r = Run(
            "The hospital’s chief executive, Nadia Okonkwo-Hart, apologised and said the trust was “doing everything we can” to cut waiting times.",
            "Speaking to a radio station, she said: “Our staff are working flat out.”");
        Assert.All(r.Quotes, q => Assert.Equal("Nadia Okonkwo-Hart", q.Speaker));
    }

    [Fact]
    public void Said_the_minister_finds_the_minister_named_in_apposition()
    {
        var q = Single("The transport minister, Giles Pemberton, insisted that no decision had been taken. “We are looking at how best to keep our coasts safe,” said the minister.");
        Assert.Equal("Giles Pemberton", q.Speaker);
    }

    [Fact]
    public void Chief_executive_is_a_title_not_part_of_the_name()
    {
        var q = Single("Chief Executive Anita Sorensen told analysts the recall had cost more than expected. “We underestimated it,” she said.");
        Assert.Equal("Anita Sorensen", q.Speaker);
    }

    [Fact]
    public void A_company_named_like_a_person_is_no_speaker()
    {
        var q = Run(
            "Shares of Hartley Weiss fell 14 percent on Thursday after the device maker cut its forecast.",
            "“The second half will be challenging,” Hartley Weiss said in a statement.").Quotes.Single();
        Assert.Null(q.Speaker);
        Assert.Equal("Hartley Weiss", q.SpeakerDescription);
    }

    [Fact]
    public void A_person_who_said_in_a_statement_stays_a_person()
    {
        var q = Single("“We are deeply sorry,” Jane Whitlow said in a statement.");
        Assert.Equal("Jane Whitlow", q.Speaker);
    }

    [Fact]
    public void Abbreviation_before_a_capitalised_quote_ends_the_sentence()
    {
        var q = Single("Fire Chief Robert Delgado said the blaze began shortly after 2 a.m. “By the time our first engine arrived, the building was burning,” he said.");
        Assert.Equal("Robert Delgado", q.Speaker);
        Assert.False(q.Partial);
    }

    [Fact]
    public void A_capitalised_quote_after_US_stays_inside_the_sentence()
    {
        var q = Single("Defence Minister Tomas Ekwall said the country would buy the U.S. “Patriot” system and train crews.");
        Assert.True(q.Partial); // a fragment of the writer's sentence, not a new sentence after "U.S."
    }

    [Fact]
    public void Nationality_and_position_epithets_refer_to_the_last_named_person()
    {
        var r = Run(
            "Top seed Ana Lucia Ferreira lost in three sets.",
            "Ferreira, who had not dropped a set all tournament, said the heat had taken its toll. “My legs were gone,” the Brazilian said.",
            "Captain Luka Mrvar said the players were to blame. “The problem,” the defender said, “is not the coach.”");
        Assert.Equal("Ana Lucia Ferreira", r.Quotes[0].Speaker);
        Assert.Equal("Luka Mrvar", r.Quotes[1].Speaker);
        Assert.Equal("Luka Mrvar", r.Quotes[2].Speaker);
    }

    [Fact]
    public void An_unnamed_spokesman_is_not_made_the_last_named_person()
    {
        var r = Run(
            "Jane Whitlow, the council leader, announced the closure on Monday.",
            "“No final decisions have been made,” the spokesman said.");
        Assert.Null(r.Quotes[0].Speaker);
    }

    [Fact]
    public void A_capitalised_office_is_not_an_epithet_for_the_last_person()
    {
        var r = Run(
            "Jane Whitlow, a local shopkeeper, said trade had fallen.",
            "“We will review the figures,” said the Chairman.");
        Assert.Null(r.Quotes[0].Speaker);
    }

    [Fact]
    public void A_surname_ending_like_a_participle_is_still_the_subject()
    {
        var r = Run(
            "Ruth Manning chairs the committee. Manning told reporters, after the vote, that the plan was dead.",
            "“We will start again,” she said.");
        Assert.Equal("Ruth Manning", r.Quotes[0].Speaker);
    }

    [Fact]
    public void A_described_lede_subject_is_the_person_named_with_an_age_next()
    {
        var r = Run(
            "A former nurse accused of stealing painkillers told a jury on Tuesday that she had been “set up” by a colleague.",
            "Gemma Raine, 36, denies 14 counts of theft.");
        Assert.Equal("Gemma Raine", r.Quotes[0].Speaker);
    }

    [Fact]
    public void A_lede_spokesman_is_not_the_person_named_next()
    {
        var r = Run(
            "A police spokesman said the crash was “a tragedy for everyone involved.”",
            "Dean Colclough, 29, was arrested at the scene.");
        Assert.Null(r.Quotes[0].Speaker);
    }
}
