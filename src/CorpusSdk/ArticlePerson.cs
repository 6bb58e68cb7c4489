using System.Collections.Generic;

namespace CorpusSdk;

/// <summary>A person as they appear in one article: how it spells them, how it titles them, and their roles.</summary>
public sealed class ArticlePerson
{
    /// <summary>Creates an article person.</summary>
    public ArticlePerson(Person person, IReadOnlyList<string> mentions, IReadOnlyList<string> titles, PersonRoles roles)
    {
        Person = person;
        Mentions = mentions;
        Titles = titles;
        Roles = roles;
    }

    /// <summary>The corpus-wide person.</summary>
    public Person Person { get; }

    /// <summary>The spellings this article uses ("Jane Doe", "Doe").</summary>
    public IReadOnlyList<string> Mentions { get; }

    /// <summary>Titles and descriptions the article gives ("Foreign Minister", "spokeswoman").</summary>
    public IReadOnlyList<string> Titles { get; }

    /// <summary>What the person is to this article.</summary>
    public PersonRoles Roles { get; }

    /// <inheritdoc />
    public override string ToString() => Person.Name;
}
