using static CorpusSdk.Tests.Quotes.QuoteTestKit;

namespace CorpusSdk.Tests.Quotes;

/// <summary>Shapes common on publishers' pages: abbreviated titles, ages, questions, appositives, statements.</summary>
public class RealWorldPatternTests
{
    [Fact]
    public void Abbreviated_title_before_name()
    {
        var q = Single("“The outbreak is contained,” said Dr. Helena Marsh, the region’s chief medical officer.");
        Assert.Equal("Helena Marsh", q.Speaker);
    }

    [Fact]
    public void Military_abbreviation_keeps_title()
    {
        var q = Single("“We hold the ridge,” Gen. Viktor Halloran told reporters.");
        Assert.Equal("Viktor Halloran", q.Speaker);
        Assert.Equal("Gen.", q.SpeakerDescription);
    }

    [Fact]
    public void Age_apposition_after_name()
    {
        var q = Single("“I lost everything,” Tomasz Wierzba, 52, said outside the shelter.");
        Assert.Equal("Tomasz Wierzba", q.Speaker);
    }

    [Fact]
    public void Question_quote_with_inverted_asked()
    {
        var q = Single("“Why now, after ten years?” asked committee chair Lotte Engberg.");
        Assert.Equal("Lotte Engberg", q.Speaker);
        Assert.Equal("Why now, after ten years?", q.Text);
    }

    [Fact]
    public void Name_after_comma_apposition_description()
    {
        var q = Single("“Nothing has changed,” the spokesman, Tomas Lindqvist, said.");
        Assert.Equal("Tomas Lindqvist", q.Speaker);
    }

    [Fact]
    public void Statement_by_organisation()
    {
        var q = Single("In a statement, the health ministry said: “All schools will reopen on Monday.”");
        Assert.Null(q.Speaker);
        Assert.Equal("the health ministry", q.SpeakerDescription);
    }

    [Fact]
    public void Pronoun_after_described_speaker_stays_described()
    {
        var r = Run(
            "Finance Minister Dario Ventresca presented the plan on Monday.",
            "“It will not survive the winter,” said one opposition lawmaker. “Nobody believes the numbers,” he added.");
        Assert.Equal(2, r.Quotes.Count);
        Assert.Null(r.Quotes[1].Speaker);
        Assert.Equal("one opposition lawmaker", r.Quotes[1].SpeakerDescription);
    }

    [Fact]
    public void They_after_plural_described_subject()
    {
        var r = Run(
            "Finance Minister Dario Ventresca presented the plan on Monday.",
            "Analysts were unconvinced.",
            "“The growth forecast is far too rosy,” they said.");
        var q = Assert.Single(r.Quotes);
        Assert.Null(q.Speaker);
    }

    [Fact]
    public void Relative_clause_speaker()
    {
        var q = Single("The report, which auditor Greta Lindahl called “deeply flawed,” was withdrawn.");
        Assert.True(q.Partial);
        Assert.Equal("Greta Lindahl", q.Speaker);
    }

    [Fact]
    public void Particle_names()
    {
        var q = Single("“The museum stays open,” curator Pieter van der Berg said.");
        Assert.Equal("Pieter van der Berg", q.Speaker);
    }

    [Fact]
    public void Bin_particle_name_and_surname_reference()
    {
        var r = Run(
            "Crown Prince Faisal bin Rashid opened the forum.",
            "“Investment is welcome here,” bin Rashid said.");
        Assert.Equal("Faisal bin Rashid", Assert.Single(r.Quotes).Speaker);
    }

    [Fact]
    public void Place_is_not_a_speaker()
    {
        var r = Run(
            "Delegates travelled to Corvania for the summit.",
            "“We reject the proposal,” Corvania said in a note to the committee.");
        var q = Assert.Single(r.Quotes);
        Assert.Null(q.Speaker);
    }

    [Fact]
    public void Speaker_named_after_pronoun_said_he_continuation()
    {
        var r = Run(
            "Coach Mateo Ibarra was blunt after the defeat.",
            "“We were not good enough,” Ibarra said. He said the team “needs a rest.”");
        Assert.Equal(2, r.Quotes.Count);
        Assert.All(r.Quotes, q => Assert.Equal("Mateo Ibarra", q.Speaker));
        Assert.True(r.Quotes[1].Partial);
    }
}

public class DescribedSpeakerTests
{
    [Fact]
    public void Pronoun_after_described_witness_keeps_the_description()
    {
        var r = Run(
            "Mayor Olga Petrenko visited the site in the morning.",
            "A police officer at the scene said the blast was heard miles away. “It shook the whole street,” he said.");
        var q = Assert.Single(r.Quotes);
        Assert.Null(q.Speaker);
        Assert.Equal("A police officer at the scene", q.SpeakerDescription);
    }

    [Fact]
    public void Bare_organisation_word_is_not_a_person()
    {
        var q = Single("“We will respond in kind,” Ostravia said in a statement.");
        Assert.Null(q.Speaker);
        Assert.Equal("Ostravia", q.SpeakerDescription);
    }

    [Fact]
    public void Wire_agency_name_is_a_description()
    {
        var q = Single("“Rescue teams reached the village at noon,” Xinhua reported.");
        Assert.Null(q.Speaker);
        Assert.Equal("Xinhua", q.SpeakerDescription);
    }

    [Fact]
    public void Dateline_before_a_full_quote_keeps_it_full()
    {
        var q = Single("LISBON (Reuters) - “We will not raise taxes,” Prime Minister Duarte Salgueiro said on Friday.");
        Assert.False(q.Partial);
        Assert.Equal("Duarte Salgueiro", q.Speaker);
    }
}

public class AppositionAndQuestionTests
{
    [Fact]
    public void Question_quote_followed_by_capitalised_name_and_verb()
    {
        var r = Run(
            "Judge Amara Whitcombe listened to the defence.",
            "“Where were you on the night of the fire?” Whitcombe asked the witness.");
        Assert.Equal("Amara Whitcombe", Assert.Single(r.Quotes).Speaker);
    }

    [Fact]
    public void Subject_name_before_apposition_holding_conjunctions()
    {
        var q = Single("Irene Castellano, who spoke for the dockers and the drivers, said the deal would “end the strike by Friday.”");
        Assert.Equal("Irene Castellano", q.Speaker);
        Assert.True(q.Partial);
    }

    [Fact]
    public void Ambiguous_definite_description_stays_unnamed()
    {
        var r = Run(
            "Foreign Minister Ana Kowalski met Defence Minister Piotr Zielinski on Monday.",
            "“The treaty is safe,” the minister said.");
        var q = Assert.Single(r.Quotes);
        Assert.Null(q.Speaker);
        Assert.Equal("the minister", q.SpeakerDescription);
    }

    [Fact]
    public void Quote_followed_by_writer_sentence_does_not_borrow_its_subject()
    {
        var r = Run("Mayor Olga Petrenko spoke first. “We will rebuild.” Council member Ivo Radic then left the room.");
        var q = Assert.Single(r.Quotes);
        Assert.Equal("Olga Petrenko", q.Speaker);
    }
}

public class DatelineAndAffiliationTests
{
    [Fact]
    public void Dateline_and_possessive_country_do_not_hide_the_subject()
    {
        var q = Single("VALMORA, March 3 (Agency) - Ruritania's opposition leader Wanjiru Okello on Friday rejected the results, saying the vote had been \"stolen in daylight.\"");
        Assert.Equal("Wanjiru Okello", q.Speaker);
        Assert.True(q.Partial);
    }

    [Fact]
    public void Inverted_speaker_with_affiliation()
    {
        var q = Single("\"The ingredients are all there,\" said Mary Adhiambo of the Lakeside Centre for Policy Studies.");
        Assert.Equal("Mary Adhiambo", q.Speaker);
        Assert.Equal("of the Lakeside Centre for Policy Studies", q.SpeakerDescription);
    }

    [Fact]
    public void Acronym_at_paragraph_start_is_no_dateline()
    {
        Assert.Equal(0, CorpusSdk.Generator.Extraction.Quotes.ParagraphText.DatelineEnd("U.S. officials - speaking privately - said so."));
        Assert.True(CorpusSdk.Generator.Extraction.Quotes.ParagraphText.DatelineEnd("OSLO (Agency) - Talks resumed.") > 0);
    }
}
