using static CorpusSdk.Tests.Quotes.QuoteTestKit;

namespace CorpusSdk.Tests.Quotes;

public class SpeakerResolutionTests
{
    [Fact]
    public void He_resolves_to_the_nearest_named_person()
    {
        var r = Run(
            "Finance Minister Dario Ventresca met bankers on Friday.",
            "“The budget is balanced,” he said.");
        Assert.Equal("Dario Ventresca", Assert.Single(r.Quotes).Speaker);
    }

    [Fact]
    public void She_skips_names_in_appositives_and_possessives()
    {
        var r = Run(
            "Judith Amsel, an adviser to President Karl Odenwald, said the plan was ready.",
            "Odenwald’s office declined to comment.",
            "“We only need the signature,” she said.");
        Assert.Equal("Judith Amsel", Assert.Single(r.Quotes).Speaker);
    }

    [Fact]
    public void Pronoun_prefers_the_last_quoted_speaker_over_an_object()
    {
        var r = Run(
            "“Prices will fall,” economist Rana Talbot told Finance Minister Oskar Lind on Monday.",
            "“Not this year, but next,” she added.");
        Assert.Equal("Rana Talbot", r.Quotes[1].Speaker);
    }

    [Fact]
    public void Surname_resolves_to_full_name_given_earlier()
    {
        var r = Run(
            "Opposition leader Miriam al-Haddad toured the flooded district.",
            "“The government abandoned these people,” al-Haddad said.");
        Assert.Equal("Miriam al-Haddad", Assert.Single(r.Quotes).Speaker);
    }

    [Fact]
    public void Surname_with_spelling_from_article_kept_as_written()
    {
        var r = Run(
            "Deputy Prime Minister Jonas Veldkamp-Ruiz opened the session.",
            "“We start with the budget,” Veldkamp-Ruiz said.");
        Assert.Equal("Jonas Veldkamp-Ruiz", Assert.Single(r.Quotes).Speaker);
    }

    [Fact]
    public void Definite_description_resolved_when_the_article_names_one_such_person()
    {
        var r = Run(
            "The country is ready for a “fresh start” with its neighbours, the ministry spokesman said on Friday.",
            "Speaking in the capital, spokesman Emil Varga added that talks would resume.");
        var q = Assert.Single(r.Quotes);
        Assert.Equal("Emil Varga", q.Speaker);
        Assert.Equal("the ministry spokesman", q.SpeakerDescription);
        Assert.True(q.Partial);
    }

    [Fact]
    public void Description_only_speaker_has_null_name()
    {
        var q = Single("“Nobody trusts the numbers any more,” said one senior European diplomat.");
        Assert.Null(q.Speaker);
        Assert.Equal("one senior European diplomat", q.SpeakerDescription);
    }

    [Fact]
    public void Person_reported_by_an_agency_is_the_speaker()
    {
        var q = Single("“Our forces are on alert,” Defence Minister Kemal Ostrova said, the official Sunrise news agency reported.");
        Assert.Equal("Kemal Ostrova", q.Speaker);
    }

    [Fact]
    public void Agency_as_speaker_when_no_person_speaks()
    {
        var q = Single("“Three villages were evacuated,” the official Sunrise news agency reported.");
        Assert.Null(q.Speaker);
        Assert.Equal("the official Sunrise news agency", q.SpeakerDescription);
    }

    [Fact]
    public void Broadcaster_website_as_speaker()
    {
        var q = Single("The website of northern state radio said the delegation had \"agreed on every point.\"");
        Assert.Null(q.Speaker);
        Assert.Equal("The website of northern state radio", q.SpeakerDescription);
        Assert.True(q.Partial);
    }

    [Fact]
    public void State_television_as_speaker()
    {
        var q = Single("“The storm has passed,” state television said.");
        Assert.Null(q.Speaker);
        Assert.Equal("state television", q.SpeakerDescription);
    }

    [Fact]
    public void Organisation_and_place_names_are_not_speakers()
    {
        var r = Run(
            "Officials in Valmora said little.",
            "“We are reviewing the report,” the Valmora Interior Ministry said.");
        var q = Assert.Single(r.Quotes);
        Assert.Null(q.Speaker);
        Assert.Equal("the Valmora Interior Ministry", q.SpeakerDescription);
    }
}

public class PronounGenderTests
{
    [Fact]
    public void She_skips_a_nearer_person_the_article_titles_as_a_man()
    {
        var r = QuoteTestKit.Run(
            "Union spokeswoman Dana Holloway answered questions first.",
            "Company spokesman Rupert Stanhope said the offer was final.",
            "“That is simply not true,” she said.");
        Assert.Equal("Dana Holloway", Assert.Single(r.Quotes).Speaker);
    }
}

public class FamilyNameFirstAndItTests
{
    [Fact]
    public void Family_name_first_reference_resolves_to_the_full_name()
    {
        var r = QuoteTestKit.Run(
            "Premier Zhao Lianfeng opened the congress on Sunday.",
            "“Growth will stay strong,” Zhao said.");
        Assert.Equal("Zhao Lianfeng", Assert.Single(r.Quotes).Speaker);
    }

    [Fact]
    public void It_refers_back_to_a_described_organisation()
    {
        var r = QuoteTestKit.Run(
            "The transport ministry said on Monday that rail fares would rise.",
            "“The increase is unavoidable,” it said in a statement.");
        var q = Assert.Single(r.Quotes);
        Assert.Null(q.Speaker);
        Assert.Equal("The transport ministry", q.SpeakerDescription);
    }
}
