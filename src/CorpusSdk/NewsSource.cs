using System;

namespace CorpusSdk;

/// <summary>
/// The news organisation a story belongs to: the agency for a wire story, else the publisher.
/// The generator emits one static member per source found in the corpus (for example <c>Sources.Reuters</c>),
/// so a query such as <c>a.Source == Sources.Reuters</c> is checked at compile time.
/// </summary>
public sealed class NewsSource : IEquatable<NewsSource>
{
    /// <summary>Creates a source with the name the page gives it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(Internal.Jit.Optimized)] // built once per quote or article as the first query decodes them
    public NewsSource(string name) => Name = name ?? throw new ArgumentNullException(nameof(name));

    /// <summary>The source's name as pages write it ("Reuters", "AFP", "AP").</summary>
    public string Name { get; }

    /// <inheritdoc />
    public bool Equals(NewsSource? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as NewsSource);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>True when both are the same source.</summary>
    public static bool operator ==(NewsSource? left, NewsSource? right) => left is null ? right is null : left.Equals(right);

    /// <summary>True when the sources differ.</summary>
    public static bool operator !=(NewsSource? left, NewsSource? right) => !(left == right);
}
