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
    {
        var diagnostics = new List<PageDiagnostic>();
        var spans = QuoteMarks.Scan(paragraphs, diagnostics);
        var single = SingleQuoteMarks.Scan(paragraphs);
        if (single.Count > 0)
        {
            spans.AddRange(single);
            spans.Sort((a, b) => a.Paragraph != b.Paragraph ? a.Paragraph.CompareTo(b.Paragraph) : a.Open.CompareTo(b.Open));
        }
        if (spans.Count == 0)
            return new(EquatableArray<QuoteModel>.Empty, new EquatableArray<PageDiagnostic>(diagnostics.ToArray()));

        var texts = new ParagraphText[paragraphs.Count];
        var first = 0;
        for (var p = 0; p < paragraphs.Count; p++) texts[p] = ParagraphText.Build(paragraphs[p].Text, p, spans, ref first);
        var index = new PersonIndex(texts);
        var attributor = new QuoteAttributor(texts, spans, index);

        var quotes = new List<QuoteModel>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            var a = attributor.Attribute(i);
            var q = spans[i];
            if (a.Partial && attributor.IsTitle(i)) continue; // a title or name in marks, not someone's words
            quotes.Add(new QuoteModel(q.Text, a.Speaker, a.Description, a.Partial, q.Paragraph, paragraphs[q.Paragraph].Line));
        }
        return new(new EquatableArray<QuoteModel>(quotes.ToArray()), new EquatableArray<PageDiagnostic>(diagnostics.ToArray()));
    }
}

/// <summary>The quotes of one article and the problems met on the way.</summary>
internal sealed record QuoteExtraction(EquatableArray<QuoteModel> Quotes, EquatableArray<PageDiagnostic> Diagnostics);
