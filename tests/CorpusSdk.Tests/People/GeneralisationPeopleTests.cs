using CorpusSdk.Generator.Extraction.People;
using static CorpusSdk.Tests.People.ArticlePeopleFinderTests;

namespace CorpusSdk.Tests.People;

/// <summary>Companies, clubs, papers and places that look like people on publishers' pages (invented names).</summary>
public class GeneralisationPeopleTests
{
    private static string[] NamesOf(params string[] paragraphs) => Find(paragraphs).Select(p => p.Name).ToArray();

    [Fact]
    public void Company_with_market_talk_is_no_person()
    {
        var names = NamesOf(
            "Shares of Hartley Weiss fell 14 percent. Chief Executive Anita Sorensen apologised.",
            "Hartley Weiss Inc. shares were down $6.20.");
        Assert.Equal(new[] { "Anita Sorensen" }, names);
    }

    [Fact]
    public void Company_in_apposition_or_with_a_founder_is_no_person()
    {
        Assert.Empty(NamesOf("Fenwick Hale, the payments start-up backed by banks, cut 20 percent of its staff."));
        Assert.Empty(NamesOf("The manufacturer, Greenlane Agro, said its products were safe."));
    }

    [Fact]
    public void Clubs_papers_and_bodies_are_no_people()
    {
        Assert.Empty(NamesOf("Real Montalba beat Atlético Varena 3-2 on Saturday."));
        Assert.Empty(NamesOf("She told the Westshire Echo she had spent the night on a trolley."));
        Assert.Equal(new[] { "Leila Haddad" }, NamesOf("Leila Haddad works for the charity Relief Without Borders."));
        Assert.Empty(NamesOf("Rescue teams in the flooded city of Qasr Amin searched for survivors."));
        Assert.Equal(new[] { "Tom Baker" }, NamesOf("Tom Baker farms near Pine Hollow. The Pine Hollow Watershed Alliance will sue."));
    }

    [Fact]
    public void Former_opens_a_title_not_a_name()
    {
        Assert.Equal(new[] { "Hans-Peter Vogel" }, NamesOf("Former Karsk striker Hans-Peter Vogel called it harsh."));
    }

    [Fact]
    public void Dean_is_a_given_name()
    {
        Assert.Equal(new[] { "Dean Colclough" }, NamesOf("Dean Colclough, 29, of Millfield Road, admitted the offence."));
    }

    [Fact]
    public void A_titled_person_survives_a_weak_organisation_cue()
    {
        // "the X Y" alone is a weak cue; a title shows the article treats X Y as a person.
        var names = NamesOf("Senator Margaret Thorne spoke first.", "Critics of the Margaret Thorne plan were unmoved.");
        Assert.Contains("Margaret Thorne", names);
    }

    [Fact]
    public void People_beside_company_nouns_stay_people()
    {
        Assert.Equal(new[] { "Jane Whitlow" }, NamesOf("The head of the charity, Jane Whitlow, said funds were short."));
        Assert.Equal(new[] { "Jane Whitlow" }, NamesOf("Jane Whitlow, a union organiser, led the march."));
        Assert.Equal(new[] { "Jane Whitlow" }, NamesOf("She joined the company Jane Whitlow founded in 1999."));
    }

    [Fact]
    public void Organisation_cue_strength()
    {
        Assert.Equal(OrganisationCue.Strong, OrganisationCues.Of("Hartley Weiss", new[] { "Hartley Weiss Inc. rose." }));
        Assert.Equal(OrganisationCue.Strong, OrganisationCues.Of("Bramwell Fisher", new[] { "Bramwell Fisher shares jumped 31 percent." }));
        Assert.Equal(OrganisationCue.None, OrganisationCues.Of("Jane Doe", new[] { "Jane Doe shares a flat with her sister." }));
        Assert.Equal(OrganisationCue.None, OrganisationCues.Of("Jane Doe", new[] { "Jane Doe said in a statement that she would resign." }));
    }
}

public class LexiconTrapTests
{
    private static IReadOnlyList<string> Names(params string[] paragraphs)
        => CorpusSdk.Generator.Extraction.People.ArticlePeopleFinder.Find(
            paragraphs.Select((t, i) => new CorpusSdk.Generator.Model.ParagraphModel(t, i + 1)).ToList(), [], [], []).Select(p => p.Name).ToList();

    [Fact]
    public void Capitalised_role_nouns_opening_a_sentence_are_titles_not_name_parts()
    {
        Assert.Equal(["Dana Whitcombe"], Names("Organizer Dana Whitcombe said the march would go ahead on Saturday."));
        Assert.Equal(["Piet Hollander"], Names("Councilman Piet Hollander voted against the plan on Tuesday."));
    }

    [Fact]
    public void Saints_waterfronts_works_and_papers_are_not_people()
    {
        Assert.Empty(Names("Mourners gathered at St Aldric on Sunday before walking to Kessel Quay and the old Brannock Yards."));
        Assert.Empty(Names("The story was first reported by the Lowther Star and taken up by the Fire Safety Executive."));
    }
}
