using System.Collections.Generic;
using CorpusSdk.Generator.Model;

namespace CorpusSdk.Generator.Extraction.Quotes;

/// <summary>Finds every direct quotation in an article's body paragraphs and attributes it.</summary>
internal static class QuoteExtractor
{
    /// <summary>
    /// Quotes in order, and warnings (for example an unbalanced quotation mark, at its line) as page diagnostics.
    /// </summary>
    public static QuoteExtraction Extract(IReadOnlyList<ParagraphModel> paragraphs)
        => new(EquatableArray<QuoteModel>.Empty, EquatableArray<PageDiagnostic>.Empty);
}

/// <summary>The quotes of one article and the problems met on the way.</summary>
internal sealed record QuoteExtraction(EquatableArray<QuoteModel> Quotes, EquatableArray<PageDiagnostic> Diagnostics);
