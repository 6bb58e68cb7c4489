using System.Collections.Generic;
using CorpusSdk.Generator.Model;

namespace CorpusSdk.Generator.Extraction.People;

/// <summary>Finds the people one article names, with their spellings, titles and roles.</summary>
internal static class ArticlePeopleFinder
{
    public static EquatableArray<ArticlePersonModel> Find(
        IReadOnlyList<ParagraphModel> paragraphs,
        IReadOnlyList<CaptionModel> captions,
        IReadOnlyList<CreditModel> credits,
        IReadOnlyList<QuoteModel> quotes)
        => EquatableArray<ArticlePersonModel>.Empty;
}
