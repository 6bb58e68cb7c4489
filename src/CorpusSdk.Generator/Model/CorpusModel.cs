using CorpusSdk.Generator.Extraction.People;

namespace CorpusSdk.Generator.Model;

/// <summary>The whole corpus, ready to emit: articles in their final order with final ids, the person table, the sources.</summary>
internal sealed record CorpusModel(
    GeneratorOptions Options,
    EquatableArray<CorpusArticle> Articles,
    EquatableArray<CorpusPersonModel> People,
    EquatableArray<SourceMember> Sources,
    EquatableArray<LocatedDiagnostic> Diagnostics);

/// <summary>
/// An article with what the corpus decided for it: its final id, the index in the person table of each quote's speaker
/// (-1: none) and of each of its people.
/// </summary>
internal sealed record CorpusArticle(ArticleModel Article, EquatableArray<int> QuoteSpeakers, EquatableArray<int> PeopleIndices);

/// <summary>A news source and its member name in the Sources class.</summary>
internal sealed record SourceMember(string Member, string Name);
