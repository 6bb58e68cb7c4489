using System.Collections.Generic;
using CorpusSdk.Generator.Model;

namespace CorpusSdk.Generator.Extraction.People;

/// <summary>Joins the people of every article into corpus-wide persons.</summary>
internal static class CorpusPeopleResolver
{
    public static CorpusPeople Resolve(IReadOnlyList<ArticleModel> articles)
        => new(EquatableArray<CorpusPersonModel>.Empty);
}

/// <summary>The corpus's persons, in a deterministic order.</summary>
internal sealed record CorpusPeople(EquatableArray<CorpusPersonModel> Persons);

/// <summary>
/// One corpus person: <see cref="Id"/> is a valid C# identifier (PascalCase of the canonical name, unique),
/// <see cref="Name"/> the canonical (most complete) spelling; <see cref="Aliases"/> every spelling;
/// <see cref="ArticleIds"/> the articles naming them, and <see cref="ArticleNames"/> how each of those
/// articles names them (the ArticlePersonModel.Name there), index-aligned with ArticleIds.
/// </summary>
internal sealed record CorpusPersonModel(string Id, string Name, EquatableArray<string> Aliases, EquatableArray<string> ArticleIds, EquatableArray<string> ArticleNames);
