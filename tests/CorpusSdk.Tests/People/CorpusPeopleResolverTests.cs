using CorpusSdk.Generator.Extraction.People;
using CorpusSdk.Generator.Model;

namespace CorpusSdk.Tests.People;

/// <summary>Cross-article joining, canonical names and identifiers, all with invented names.</summary>
public class CorpusPeopleResolverTests
{
    private static ArticleModel Article(string id, params string[] names) => Article(id, names.Select(n => (n, new[] { n })).ToArray());

    private static ArticleModel Article(string id, params (string Name, string[] Mentions)[] people) =>
        new(id, id + ".txt", "Src", "2020-01-01", null, null, EquatableArray<ParagraphModel>.Empty, EquatableArray<string>.Empty,
            EquatableArray<CaptionModel>.Empty, EquatableArray<CreditModel>.Empty, EquatableArray<QuoteModel>.Empty,
            people.Select(p => new ArticlePersonModel(p.Name, p.Mentions.ToEquatableArray(), EquatableArray<string>.Empty, RoleFlags.Mentioned)).ToEquatableArray());

    private static CorpusPeople Resolve(params ArticleModel[] articles) => CorpusPeopleResolver.Resolve(articles);

    private static void AssertOnePerson(params string[] spellings)
    {
        var corpus = Resolve(spellings.Select((s, i) => Article("A" + i, s)).ToArray());
        var p = Assert.Single(corpus.Persons);
        Assert.Equal(spellings.Length, p.ArticleIds.Count);
        foreach (var s in spellings) Assert.Contains(s, p.Aliases);
    }

    [Fact] public void Youssef_family_joins() => AssertOnePerson("Youssef Karami", "Yusuf Karami", "Yousef Karami");

    [Fact] public void Mohammad_family_joins() => AssertOnePerson("Mohammad Talebi", "Mohammed Talebi", "Muhammad Talebi", "Mohamed Talebi");

    [Fact] public void Nuri_family_joins() => AssertOnePerson("Nuri al-Harbi", "Nouri al-Harbi");

    [Fact] public void Oudi_oodi_family_joins() => AssertOnePerson("Kaveh Masoudi", "Kaveh Masoodi", "Kaveh Masudi");

    [Fact] public void Hossein_family_joins() => AssertOnePerson("Hossein Rastegar", "Husain Rastegar", "Hussein Rastegar");

    [Fact] public void Q_and_gh_family_joins() => AssertOnePerson("Reza Tabari-Qasemlu", "Reza Tabari-Ghasemlu");

    [Fact] public void Article_prefix_variants_join() => AssertOnePerson("Sami al-Fasuli", "Sami Al-Fasuli", "Sami el-Fasuli", "Sami Fasuli");

    [Fact] public void Initial_joins_the_given_name_it_abbreviates() => AssertOnePerson("Lina Vastrom", "L. Vastrom");

    [Fact] public void Vowel_dropped_surname_variant_joins() => AssertOnePerson("Ayman al-Tawahri", "Ayman al-Tawahiri", "Aiman Tawahiri");

    [Fact]
    public void Mahmoud_and_Mohammad_stay_two()
    {
        Assert.Equal(2, Resolve(Article("A1", "Mahmoud Karami"), Article("A2", "Mohammad Karami")).Persons.Count);
    }

    [Fact]
    public void Different_given_names_with_one_surname_stay_two()
    {
        var corpus = Resolve(Article("A1", "Anna Berg"), Article("A2", "Lars Berg"), Article("A3", "Anna Berg"));
        Assert.Equal(["Anna Berg", "Lars Berg"], corpus.Persons.Select(p => p.Name).ToArray());
        Assert.Equal(["A1", "A3"], corpus.Persons[0].ArticleIds.ToArray());
    }

    [Fact]
    public void Skeleton_twins_with_different_given_names_stay_two()
    {
        var corpus = Resolve(Article("A1", "Omar Rahim"), Article("A2", "Karim Rahem"));
        Assert.Equal(2, corpus.Persons.Count);
    }

    [Fact]
    public void Initials_cannot_chain_two_given_names()
    {
        var corpus = Resolve(Article("A1", "Anna Berg"), Article("A2", "A. Berg"), Article("A3", "Agnes Berg"));
        Assert.Equal(["Agnes Berg", "Anna Berg"], corpus.Persons.Select(p => p.Name).ToArray());
        Assert.DoesNotContain(corpus.Persons, p => p.Aliases.Contains("Anna Berg") && p.Aliases.Contains("Agnes Berg"));
    }

    [Fact]
    public void Surname_only_person_joins_the_only_full_name_with_that_surname()
    {
        var corpus = Resolve(Article("A1", "Tomas Ekwall"), Article("A2", "Ekwall"));
        var p = Assert.Single(corpus.Persons);
        Assert.Equal("Tomas Ekwall", p.Name);
        Assert.Equal(["Tomas Ekwall", "Ekwall"], p.ArticleNames.ToArray());
    }

    [Fact]
    public void Surname_only_person_stays_apart_when_the_surname_is_ambiguous()
    {
        var corpus = Resolve(Article("A1", "Anna Berg"), Article("A2", "Lars Berg"), Article("A3", "Berg"));
        Assert.Equal(3, corpus.Persons.Count);
        Assert.Contains(corpus.Persons, p => p.Name == "Berg" && p.ArticleIds.SequenceEqual(["A3"]));
    }

    [Fact]
    public void Surname_only_person_prefers_the_one_exact_spelling_among_skeleton_twins()
    {
        var corpus = Resolve(Article("A1", "Karim Rahimi"), Article("A2", "Omar Rahim"), Article("A3", "Rahimi"));
        Assert.Equal(["A1", "A3"], Assert.Single(corpus.Persons, p => p.Name == "Karim Rahimi").ArticleIds.ToArray());
        Assert.Equal(2, corpus.Persons.Count);
    }

    [Fact]
    public void Canonical_name_is_the_most_complete_then_most_frequent_and_independent_of_article_order()
    {
        var a = new[]
        {
            Article("A1", ("Nouri al-Harbi", new[] { "Nouri al-Harbi", "Harbi" })),
            Article("A2", ("Nuri al-Harbi", new[] { "Nuri al-Harbi", "Al-Harbi" })),
            Article("A3", ("Nuri al-Harbi", new[] { "Nuri al-Harbi" })),
            Article("A4", ("Harbi", new[] { "Harbi" })),
            Article("A5", "Anna Berg", "Lars Berg"),
        };
        var first = Resolve(a);
        var p = Assert.Single(first.Persons, x => x.Name == "Nuri al-Harbi");
        Assert.Equal(["A1", "A2", "A3", "A4"], p.ArticleIds.ToArray());
        Assert.Equal(["Nouri al-Harbi", "Nuri al-Harbi", "Nuri al-Harbi", "Harbi"], p.ArticleNames.ToArray());
        Assert.Contains("Al-Harbi", p.Aliases);
        foreach (var perm in new[] { new[] { 4, 3, 2, 1, 0 }, new[] { 2, 0, 4, 1, 3 }, new[] { 1, 4, 0, 3, 2 } })
            Assert.Equal(first, Resolve(perm.Select(i => a[i]).ToArray()));
    }

    [Fact]
    public void Most_tokens_wins_the_canonical_name()
    {
        var corpus = Resolve(Article("A1", "Ali Tavakoli"), Article("A2", "Ali Reza Tavakoli"), Article("A3", "Ali Tavakoli"));
        Assert.Equal("Ali Reza Tavakoli", Assert.Single(corpus.Persons).Name);
    }

    [Theory]
    [InlineData("José Núñez", "JoseNunez")]
    [InlineData("Sean O'Neil", "SeanONeil")]
    [InlineData("Sean O’Neil", "SeanONeil")]
    [InlineData("Sami al-Fasuli", "SamiAlFasuli")]
    [InlineData("Ludwig van Brakel", "LudwigVanBrakel")]
    [InlineData("Søren Łukasz Straße", "SorenLukaszStrasse")]
    [InlineData("3rd Baron", "_3rdBaron")]
    [InlineData("class", "Class")]
    [InlineData("", "Person")]
    [InlineData("'-", "Person")]
    public void Identifiers(string name, string id) => Assert.Equal(id, NameKey.ToIdentifier(name));

    [Fact]
    public void Three_way_identifier_collision_and_many_spellings_are_independent_of_article_order()
    {
        // Three persons whose names give one identifier; one of them with more spellings than a small group holds.
        var many = new[] { "Ann Marie Lund" }.Concat(Enumerable.Range(0, 20).Select(i => "Lund " + (char)('A' + i))).ToArray();
        var a = new[]
        {
            Article("A1", "Ann-Marie Lund"), Article("A2", ("Ann Marie Lund", many)), Article("A3", "Ann Marie-Lund"),
            Article("A4", "Ann Marie Lund", "Tomas Ekwall"), Article("A5", "Ann-Marie Lund"),
        };
        var corpus = Resolve(a);
        Assert.Equal(["AnnMarieLund", "AnnMarieLund_2", "AnnMarieLund_3", "TomasEkwall"], corpus.Persons.Select(p => p.Id).ToArray());
        Assert.Equal(["Ann Marie Lund", "Ann Marie-Lund", "Ann-Marie Lund"], corpus.Persons.Take(3).Select(p => p.Name).ToArray());
        Assert.Equal(2, corpus.IdCollisions.Count);
        Assert.Equal(many.Length, corpus.Persons[0].Aliases.Count);
        Assert.Equal(["A2", "A4"], corpus.Persons[0].ArticleIds.ToArray());
        foreach (var perm in new[] { new[] { 4, 3, 2, 1, 0 }, new[] { 2, 0, 4, 1, 3 } })
            Assert.Equal(corpus, Resolve(perm.Select(i => a[i]).ToArray()));
    }

    [Fact]
    public void Identifier_collisions_get_deterministic_suffixes_and_are_reported()
    {
        // "Ann-Marie" and "Ann Marie" do not merge (different given names) but give one identifier.
        var a = new[] { Article("A1", "Ann-Marie Lund"), Article("A2", "Ann Marie Lund"), Article("A3", "Tomas Ekwall") };
        var corpus = Resolve(a);
        Assert.Equal(["AnnMarieLund", "AnnMarieLund_2", "TomasEkwall"], corpus.Persons.Select(p => p.Id).ToArray());
        Assert.Equal("Ann Marie Lund", corpus.Persons[0].Name);
        Assert.True(corpus.HasIdCollisions);
        Assert.Equal([new IdCollision("AnnMarieLund", "Ann Marie Lund", "Ann-Marie Lund", "AnnMarieLund_2")], corpus.IdCollisions.ToArray());
        Assert.Equal(corpus, Resolve([a[2], a[1], a[0]]));
        Assert.False(Resolve(Article("A1", "Tomas Ekwall")).HasIdCollisions);
    }

    [Fact]
    public void Identifiers_are_valid_csharp()
    {
        foreach (var name in new[] { "José Núñez", "Sean O'Neil", "3rd Baron", "class", "", "Ayşe Gül-Kaya" })
        {
            var id = NameKey.ToIdentifier(name);
            Assert.True(Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(id), id);
            Assert.Equal(Microsoft.CodeAnalysis.CSharp.SyntaxKind.None, Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(id));
        }
    }
}
