using CorpusSdk.Generator.Extraction.Quotes;
using CorpusSdk.Generator.Model;

namespace CorpusSdk.Tests.Quotes;

/// <summary>Runs the extractor over invented paragraphs (line = index + 1).</summary>
internal static class QuoteTestKit
{
    public static QuoteExtraction Run(params string[] paragraphs)
        => QuoteExtractor.Extract(paragraphs.Select((p, i) => new ParagraphModel(p, i + 1)).ToList());

    public static QuoteModel Single(params string[] paragraphs)
    {
        var r = Run(paragraphs);
        return Assert.Single(r.Quotes);
    }
}
