using CorpusSdk.Generator.Model;

namespace CorpusSdk.Tests.People;

/// <summary>
/// The finder reuses its token objects from one paragraph to the next and copies a word out of the text only when
/// a rule reads it: an article gives the same people whatever was scanned before it, and words read in place
/// (particles, possessives, initials) keep their meaning.
/// </summary>
public class TokenReuseTests
{
    private static readonly string[] Article =
    {
        "Port official Idris bin Tamerlane, the harbour master, said on Monday the cranes would be idle for a week while the union and the owners talked.",
        "Tamerlane’s deputy, Corvina van der Holt, said the Holts’ yard was closed.",
        "J. Arvo Penhallow and Dr. Mira Quennell were not reached.",
    };

    private static string Describe(EquatableArray<ArticlePersonModel> people) =>
        string.Join(" | ", people.Select(p => $"{p.Name}: {string.Join(",", p.Mentions)}; {string.Join(",", p.Titles)}; {p.Roles}"));

    [Fact]
    public void Same_people_after_a_longer_or_shorter_article()
    {
        var alone = Describe(ArticlePeopleFinderTests.Find(Article));
        ArticlePeopleFinderTests.Find(string.Join(" ", Enumerable.Repeat(Article[0], 6)));
        Assert.Equal(alone, Describe(ArticlePeopleFinderTests.Find(Article)));
        ArticlePeopleFinderTests.Find("Short.");
        Assert.Equal(alone, Describe(ArticlePeopleFinderTests.Find(Article)));
    }

    [Fact]
    public void Particles_possessives_and_initials_read_in_place()
    {
        var people = ArticlePeopleFinderTests.Find(Article);
        Assert.Contains(people, p => p.Name == "Idris bin Tamerlane" && p.Mentions.Contains("Tamerlane"));
        Assert.Contains(people, p => p.Name == "Corvina van der Holt");
        Assert.Contains(people, p => p.Name == "Mira Quennell");
    }

    [Fact]
    public void Hyphens_and_dots_seen_by_the_tokenizer_still_classify_the_word()
    {
        // "al-Rashan" (article prefix), "X-led" (compound), "a.m." (dotted lower case), "della" (longest particle).
        var people = ArticlePeopleFinderTests.Find(
            "Negotiator Samir al-Rashan met Tove della Riva at 9 a.m. in the Quennell-led talks, officials said.");
        Assert.Contains(people, p => p.Name == "Samir al-Rashan");
        Assert.Contains(people, p => p.Name == "Tove della Riva");
        Assert.DoesNotContain(people, p => p.Name.Contains("Quennell"));
    }

    [Fact]
    public void Every_particle_is_read_in_place_as_a_particle()
    {
        // Each particle joins the names around it ("Tove <particle> Riva"), read without copying the word; the list
        // must keep to lower-case a-z first letters for the in-place lookup.
        foreach (var particle in CorpusSdk.Generator.Extraction.People.NameLexicon.Particles)
        {
            Assert.InRange(particle[0], 'a', 'z');
            var people = ArticlePeopleFinderTests.Find($"Negotiator Tove {particle} Riva said the talks were over.");
            Assert.Contains(people, p => p.Name == $"Tove {particle} Riva");
        }
    }
}

