using System;
using System.Collections.Generic;

namespace CorpusSdk;

/// <summary>
/// One real person across the whole corpus: every spelling that stands for them ("Jane Doe", "Doe")
/// is one <see cref="Person"/>, emitted as a static member such as <c>People.JaneDoe</c>.
/// Two persons are equal when they are the same corpus person.
/// </summary>
public sealed class Person : IEquatable<Person>
{
    /// <summary>Creates a person.</summary>
    public Person(string id, string name, IReadOnlyList<string> aliases, IReadOnlyList<string> articleIds)
    {
        Id = id;
        Name = name;
        Aliases = aliases;
        _articleIds = articleIds;
    }

    /// <summary>A person from the generated table, whose article ids stay in <paramref name="block"/> until first read (the decoder's).</summary>
    internal Person(string id, string name, IReadOnlyList<string> aliases, Internal.CorpusBlock block, int record)
    {
        Id = id;
        Name = name;
        Aliases = aliases;
        _block = block;
        _record = record;
    }

    // A frequent person is named in thousands of articles: that list is decoded only when asked for.
    private readonly Internal.CorpusBlock? _block;
    private readonly int _record;
    private IReadOnlyList<string>? _articleIds;

    /// <summary>The member name in the generated <c>People</c> class ("JaneDoe").</summary>
    public string Id { get; }

    /// <summary>The canonical name: the most complete spelling in the corpus.</summary>
    public string Name { get; }

    /// <summary>Every spelling that stands for this person in the corpus.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The ids of the articles that name this person.</summary>
    public IReadOnlyList<string> ArticleIds
        => System.Threading.Volatile.Read(ref _articleIds) ?? Internal.LazyField.Publish(ref _articleIds, Internal.CorpusData.PersonArticleIds(_block!, _record));

    /// <inheritdoc />
    public bool Equals(Person? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Person);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>True when both are the same corpus person.</summary>
    public static bool operator ==(Person? left, Person? right) => left is null ? right is null : left.Equals(right);

    /// <summary>True when they are different persons.</summary>
    public static bool operator !=(Person? left, Person? right) => !(left == right);
}
