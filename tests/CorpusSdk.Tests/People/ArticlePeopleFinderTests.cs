using CorpusSdk.Generator.Extraction.People;
using CorpusSdk.Generator.Model;

namespace CorpusSdk.Tests.People;

/// <summary>Detection, titles, traps and within-article joining, all with invented names.</summary>
public class ArticlePeopleFinderTests
{
    internal static EquatableArray<ArticlePersonModel> Find(params string[] paragraphs) =>
        FindWith(paragraphs, [], [], []);

    internal static EquatableArray<ArticlePersonModel> FindWith(string[] paragraphs, CaptionModel[] captions, CreditModel[] credits, QuoteModel[] quotes)
    {
        var line = 1;
        return ArticlePeopleFinder.Find(paragraphs.Select(p => new ParagraphModel(p, line++)).ToList(), captions, credits, quotes);
    }

    private static string[] Names(EquatableArray<ArticlePersonModel> people) => people.Select(p => p.Name).ToArray();

    private static ArticlePersonModel One(EquatableArray<ArticlePersonModel> people, string name) => Assert.Single(people, p => p.Name == name);

    [Fact]
    public void Title_before_name_is_a_title_and_demonym_joins_it()
    {
        var people = Find("Zarvian Prime Minister Tomas Ekwall met officials on Tuesday.");
        var p = One(people, "Tomas Ekwall");
        Assert.Contains("Zarvian Prime Minister", p.Titles);
        Assert.Equal(RoleFlags.Mentioned, p.Roles);
        Assert.Single(people);
    }

    [Fact]
    public void Surname_and_given_name_mentions_join_the_full_name()
    {
        var people = Find("Defense Secretary Tomas Ekwall spoke.", "Ekwall said the talks went well.", "Later Tomas added more.");
        var p = Assert.Single(people);
        Assert.Equal("Tomas Ekwall", p.Name);
        Assert.Contains("Ekwall", p.Mentions);
        Assert.Contains("Tomas", p.Mentions);
        Assert.Contains("Defense Secretary", p.Titles);
    }

    [Fact]
    public void Surname_mention_before_the_full_name_joins_too()
    {
        var p = Assert.Single(Find("Ekwall arrived first.", "Tomas Ekwall then spoke."));
        Assert.Equal("Tomas Ekwall", p.Name);
        Assert.Equal(["Ekwall", "Tomas Ekwall"], p.Mentions.ToArray());
    }

    [Fact]
    public void Arabic_article_prefix_variants_join()
    {
        var p = Assert.Single(Find("Karim al-Fasuli arrived.", "Al-Fasuli said it was fine.", "It was al-Fasuli’s third visit.", "Fasuli left."));
        Assert.Equal("Karim al-Fasuli", p.Name);
        Assert.Contains("Al-Fasuli", p.Mentions);
        Assert.Contains("al-Fasuli", p.Mentions);
        Assert.Contains("Fasuli", p.Mentions);
    }

    [Fact]
    public void Particles_and_hyphenated_names_stay_in_the_name()
    {
        var names = Names(Find("Ludwig van Brakel met Osman bin Tarek and Hamid Torvani-Ghesh in the capital."));
        Assert.Equal(["Ludwig van Brakel", "Osman bin Tarek", "Hamid Torvani-Ghesh"], names);
    }

    [Fact]
    public void Sentence_initial_capitals_and_lone_words_are_not_people()
    {
        Assert.Empty(Find("But the talks ended. The envoy left. In Verona, officials met.", "Analysts say Brenvale is calm."));
        Assert.Equal(["Norvel Quist"], Names(Find("But Norvel Quist arrived.")));
    }

    [Fact]
    public void Title_case_headings_in_the_body_are_not_names()
    {
        Assert.Empty(Find("Related: Zarvia Nuclear Talks Stall Again", "More From Velmar Daily Briefing Today"));
        Assert.Equal(["Tomas Ekwall"], Names(Find("Separately Tomas Ekwall said the Zarvian talks would resume.")));
    }

    [Fact]
    public void Places_named_after_people_are_not_people()
    {
        Assert.Empty(Find("Troops struck militants in Quist City and near Karimov Square.",
            "They drove along Brenna Street to Ekwall Airport and Vastrom University.", "The Harbi Province governor left."));
    }

    [Fact]
    public void Organisations_agencies_ministries_and_militias_are_not_people()
    {
        Assert.Empty(Find(
            "The Brennic Army militia and the Velmar Revolutionary Guards clashed, the Foreign Ministry said.",
            "The State Department told The Associated Press and Press TV.",
            "The official ZNA news agency and the Quist Party reported it, as did Velmar News.",
            "The Supreme Velmar Defence Council met the Zarvia Workers Party."));
    }

    [Fact]
    public void Media_noun_after_a_name_makes_it_an_agency()
    {
        Assert.Empty(Find("Ekwall Varn news agency reported it."));
    }

    [Fact]
    public void Demonyms_religious_adjectives_months_weekdays_and_bare_titles_are_not_people()
    {
        Assert.Empty(Find(
            "Shi’ite and Sunni Arab leaders, Kurdish rebels and Iranian officials met.",
            "Shi‘ite Muslims and Zarvian traders met in May and July, on Monday and Sunday.",
            "The Prime Minister and the Supreme Leader spoke.", "Iraqi Prime Minister said nothing."));
    }

    [Fact]
    public void All_caps_datelines_and_acronyms_are_not_people()
    {
        var people = Find("VELMAR (Reuters) - Tomas Ekwall said ZNA and the UNHCR were wrong.");
        Assert.Equal(["Tomas Ekwall"], Names(people));
    }

    [Fact]
    public void Weekday_after_a_name_ends_it()
    {
        Assert.Equal(["Tomas Ekwall"], Names(Find("Prime Minister Tomas Ekwall Thursday won pledges.")));
        Assert.Equal(["Tomas Ekwall"], Names(Find("It rained in Verona April 4 as Tomas Ekwall spoke.")));
    }

    [Fact]
    public void Honorifics_are_titles_not_name_parts()
    {
        var people = Find("Supreme Leader Ayatollah Hamid Torvani met Dr. Ines Kolb.", "Mr. Kolb was absent; Torvani spoke.");
        var t = One(people, "Hamid Torvani");
        Assert.Equal(["Supreme Leader", "Ayatollah"], t.Titles.ToArray());
        var k = One(people, "Ines Kolb");
        Assert.Contains("Dr.", k.Titles);
        Assert.Contains("Kolb", k.Mentions);
        Assert.Equal(2, people.Count);
    }

    [Fact]
    public void Lower_case_titles_before_names_are_recorded()
    {
        var people = Find("Velmar cleric Omar Tessaly and national security chief Lina Vastrom met spokeswoman Pia Lind.");
        Assert.Contains("cleric", One(people, "Omar Tessaly").Titles);
        Assert.Contains("national security chief", One(people, "Lina Vastrom").Titles);
        Assert.Contains("spokeswoman", One(people, "Pia Lind").Titles);
    }

    [Fact]
    public void Title_before_a_comma_enclosed_name_is_a_title()
    {
        Assert.Equal(["adviser"], One(Find("One Ekwall adviser, Lina Vastrom, said so."), "Lina Vastrom").Titles.ToArray());
    }

    [Fact]
    public void Appositions_are_titles()
    {
        var people = Find("Lina Vastrom, the government spokesman, said so.", "Omar Tessaly, an adviser to the king, agreed.",
            "Pia Lind, secretary of the council, left.");
        Assert.Contains("government spokesman", One(people, "Lina Vastrom").Titles);
        Assert.Contains("adviser", One(people, "Omar Tessaly").Titles);
        Assert.Contains("secretary", One(people, "Pia Lind").Titles);
    }

    [Fact]
    public void Place_after_title_to_is_not_part_of_the_name()
    {
        Assert.Equal(["Hamid Torvani"], Names(Find("Velmar’s ambassador to Zarvia Hamid Torvani arrived.")));
    }

    [Fact]
    public void Two_people_sharing_a_surname_stay_two_and_a_bare_surname_joins_neither()
    {
        var people = Find("Anna Berg met Lars Berg.", "Berg said it went well.");
        Assert.Equal(["Anna Berg", "Lars Berg"], Names(people));
        Assert.All(people, p => Assert.DoesNotContain("Berg", p.Mentions));
    }

    [Fact]
    public void Exact_surname_wins_over_a_skeleton_twin()
    {
        // "Rahimi" and "Rahim" share a consonant skeleton; the exact spelling decides.
        var people = Find("Karim Rahimi met Omar Rahim.", "Rahimi left.");
        Assert.Contains("Rahimi", One(people, "Karim Rahimi").Mentions);
    }

    [Fact]
    public void Skeleton_twin_in_the_text_is_not_joined_but_a_speaker_spelled_elsewhere_is()
    {
        var people = Find("Omar Rahim arrived.", "Rahem left.");
        Assert.Equal(["Omar Rahim"], One(people, "Omar Rahim").Mentions.ToArray());
        var quoted = FindWith(["Omar Rahim arrived."], [], [], [new QuoteModel("No", "Rahem", null, false, 0, 1)]);
        Assert.Contains("Rahem", Assert.Single(quoted).Mentions);
    }

    [Fact]
    public void Caption_credits_make_photographers_and_caption_text_mentions()
    {
        var people = FindWith([], [
            new CaptionModel("Tomas Ekwall waves in Verona. REUTERS/Pia Lindqvist", "REUTERS/Pia Lindqvist", 2),
            new CaptionModel("A crowd gathers.", "Omar Tessaly / Reuters", 3),
            new CaptionModel("A market.", "Photo: Ines Kolb", 4),
        ], [], []);
        Assert.Equal(RoleFlags.Mentioned, One(people, "Tomas Ekwall").Roles);
        Assert.Equal(RoleFlags.Photographer, One(people, "Pia Lindqvist").Roles);
        Assert.Equal(RoleFlags.Photographer, One(people, "Omar Tessaly").Roles);
        Assert.Equal(RoleFlags.Photographer, One(people, "Ines Kolb").Roles);
        Assert.Equal(4, people.Count);
    }

    [Fact]
    public void Credit_lines_give_roles_and_join_text_mentions()
    {
        var people = FindWith(["Tomas Ekwall said so."], [], [
            new CreditModel(CreditKind.Reporting, "Lina Vastrom and Pia Lind"),
            new CreditModel(CreditKind.Editing, "Omar Tessaly"),
            new CreditModel(CreditKind.Author, "Ines Kolb"),
            new CreditModel(CreditKind.Photo, "Tomas Ekwall"),
        ], []);
        Assert.Equal(RoleFlags.Reporting, One(people, "Lina Vastrom").Roles);
        Assert.Equal(RoleFlags.Reporting, One(people, "Pia Lind").Roles);
        Assert.Equal(RoleFlags.Editing, One(people, "Omar Tessaly").Roles);
        Assert.Equal(RoleFlags.Author, One(people, "Ines Kolb").Roles);
        Assert.Equal(RoleFlags.Mentioned | RoleFlags.Photographer, One(people, "Tomas Ekwall").Roles);
        Assert.Equal("Ines Kolb", people[0].Name); // bylines come first
    }

    [Fact]
    public void Every_quote_speaker_is_owned_by_exactly_one_quoted_person()
    {
        var quotes = new[]
        {
            new QuoteModel("We will win", "Tomas Ekwall", null, false, 0, 1),
            new QuoteModel("Maybe", "Ekwall", null, false, 1, 2),
            new QuoteModel("No", "Yusuf al-Harbi", null, false, 2, 3),   // text spells it "Youssef al-Harbi"
            new QuoteModel("Yes", "Oskar Nyberg", null, false, 3, 4),    // named nowhere else
            new QuoteModel("Fine", "Quist", null, false, 3, 4),          // surname only, no full name anywhere
            new QuoteModel("Hm", null, "an analyst", false, 3, 4),
        };
        var people = FindWith(["Tomas Ekwall spoke.", "Ekwall spoke again.", "Youssef al-Harbi replied.", "Quist disagreed. Quist left."], [], [], quotes);
        foreach (var q in quotes.Where(q => q.Speaker is not null))
        {
            var owner = Assert.Single(people, p => p.Name == q.Speaker || p.Mentions.Contains(q.Speaker!));
            Assert.True(owner.Roles.HasFlag(RoleFlags.Quoted));
        }
        Assert.Equal("Youssef al-Harbi", One(people, "Youssef al-Harbi").Name);
        Assert.Equal(RoleFlags.Quoted, One(people, "Oskar Nyberg").Roles);
        Assert.Equal(RoleFlags.Quoted | RoleFlags.Mentioned, One(people, "Quist").Roles);
        Assert.Equal(4, people.Count);
    }

    [Fact]
    public void Fullest_name_wins_and_people_come_in_order_of_first_appearance()
    {
        var people = Find("Lina Vastrom met Ali Tavakoli.", "Ali Reza Tavakoli later said Vastrom was right.");
        Assert.Equal(["Lina Vastrom", "Ali Reza Tavakoli"], Names(people));
        Assert.Contains("Ali Tavakoli", people[1].Mentions);
    }

    [Fact]
    public void Possessive_and_compound_adjectives_are_handled()
    {
        var people = Find("Tomas Ekwall’s visit to the Zarvian-led talks came as Sunni-dominated towns and Ekwall's aides waited.");
        var p = Assert.Single(people);
        Assert.Equal(["Tomas Ekwall", "Ekwall"], p.Mentions.ToArray());
    }

    [Fact]
    public void Title_of_place_splits_from_the_name()
    {
        var people = Find("Secretary of State Lina Vastrom met Minister of Foreign Affairs Omar Tessaly and President of Zarvia Tomas Ekwall.");
        Assert.Equal(["Lina Vastrom", "Omar Tessaly", "Tomas Ekwall"], Names(people));
        Assert.Contains("Secretary of State", people[0].Titles);
        Assert.Contains("President of Zarvia", people[2].Titles);
    }

    [Fact]
    public void Initials_are_name_parts_but_dotted_country_abbreviations_are_not()
    {
        Assert.Equal(["J.K. Vastrom", "Tomas P. Ekwall"], Names(Find("J.K. Vastrom met Tomas P. Ekwall.", "U.S. Marines and U.N. Envoys left.")));
    }

    [Fact]
    public void Lower_case_place_noun_after_a_name_makes_it_a_place()
    {
        Assert.Empty(Find("Detainees at Abu Tessaly prison and in Karim Fasuli district were moved."));
    }

    [Fact]
    public void Separate_capitalised_Al_is_a_brand_unless_titled()
    {
        Assert.Empty(Find("Al Zarvia reported it and Al Quistiya television aired it."));
        Assert.Equal(["Al Vastrom"], Names(Find("Senator Al Vastrom spoke.")));
    }

    [Fact]
    public void Capitalised_particle_starts_a_surname_mention()
    {
        var p = Assert.Single(Find("Osman bin Tarek spoke.", "Bin Tarek later left.", "Jean-Luc Le Vastrom", "Le Vastrom agreed."), x => x.Name == "Osman bin Tarek");
        Assert.Contains("Bin Tarek", p.Mentions);
        Assert.Equal(["Ben Tessaly", "Van Ekwall"], Names(Find("Ben Tessaly met Van Ekwall.")));
    }

    [Fact]
    public void A_titled_single_word_is_a_person_and_later_mentions_join_it()
    {
        var p = Assert.Single(Find("Ekwall arrived early.", "President Ekwall said the talks went well.", "Ekwall then left."));
        Assert.Equal("Ekwall", p.Name);
        Assert.Contains("President", p.Titles);
        Assert.Empty(Find("Ekwall arrived early."));
        Assert.Empty(Find("Agent Orange was sprayed; Analyst Ratings fell."));
    }

    [Fact]
    public void Speaker_with_an_honorific_joins_the_named_person_but_is_kept_verbatim()
    {
        var quotes = new[] { new QuoteModel("No", "Mr. Kolb", null, false, 0, 2) };
        var people = FindWith(["Ines Kolb arrived.", "\u201cNo,\u201d said Mr. Kolb."], [], [], quotes);
        var p = Assert.Single(people);
        Assert.Equal("Ines Kolb", p.Name);
        Assert.Contains("Mr. Kolb", p.Mentions);
        Assert.Equal(RoleFlags.Mentioned | RoleFlags.Quoted, p.Roles);
    }

    [Fact]
    public void Speaker_known_only_with_an_honorific_is_named_without_it()
    {
        var quotes = new[] { new QuoteModel("No", "Mr. Kolb", null, false, 0, 1) };
        var p = Assert.Single(FindWith(["\u201cNo,\u201d he said."], [], [], quotes));
        Assert.Equal("Kolb", p.Name);
        Assert.Contains("Mr. Kolb", p.Mentions);
    }

    [Fact]
    public void Credit_furniture_is_dropped_and_all_caps_names_are_title_cased()
    {
        var people = FindWith([], [new CaptionModel("A market.", "AFP PHOTO/PIA LINDQVIST", 2)], [
            new CreditModel(CreditKind.Author, "LINA VASTROM, Staff Writer"),
            new CreditModel(CreditKind.Reporting, "REUTERS"),
        ], []);
        Assert.Equal(["Lina Vastrom", "Pia Lindqvist"], Names(people));
        Assert.Equal(RoleFlags.Photographer, people[1].Roles);
    }

    [Fact]
    public void Abstract_noun_words_make_a_run_no_person()
    {
        Assert.Empty(Find("He spoke at the Zarvian Economic Cooperation meeting and praised Vastrom Nationalism."));
    }

    [Fact]
    public void Never_throws_on_odd_text()
    {
        var pieces = new[] { "Al-", "al-", "-", "'s", "\u2019s", ".", ",", " ", "Dr.", "J.", "U.S.", "of", "Secretary", "to", "Ekwall",
            "Tomas", "\u201c", "\u201d", "(", ")", "2007", "May", "bin", "Van", "Ki-moon", "X-led", "ALLCAPS", "\u00e9", "\u0645\u062d\u0645\u062f", "\n", "'", "Mr" };
        var rnd = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, rnd.Next(0, 30)).Select(_ => pieces[rnd.Next(pieces.Length)] + (rnd.Next(3) == 0 ? "" : " ")));
            var speaker = rnd.Next(4) == 0 ? null : string.Concat(Enumerable.Range(0, rnd.Next(0, 4)).Select(_ => pieces[rnd.Next(pieces.Length)] + " ")).Trim();
            var people = FindWith([text], [new CaptionModel(text, text, 2)], [new CreditModel(CreditKind.Author, text)],
                [new QuoteModel("q", speaker, null, false, 0, 1)]);
            if (!string.IsNullOrEmpty(speaker))
                Assert.Single(people, p => p.Name == speaker || p.Mentions.Contains(speaker));
            var corpus = CorpusPeopleResolver.Resolve([new ArticleModel("A", "a.txt", "", "", null, null, EquatableArray<ParagraphModel>.Empty,
                EquatableArray<string>.Empty, EquatableArray<CaptionModel>.Empty, EquatableArray<CreditModel>.Empty, EquatableArray<QuoteModel>.Empty, people)]);
            Assert.Equal(corpus.Persons.Count, corpus.Persons.Select(p => p.Id).Distinct().Count());
        }
    }
}
