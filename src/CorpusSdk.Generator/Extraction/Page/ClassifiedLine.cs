using System.Collections.Generic;
using CorpusSdk.Generator.Model;

namespace CorpusSdk.Generator.Extraction.Page;

/// <summary>One page line, cleaned and classified.</summary>
internal sealed class ClassifiedLine
{
    public ClassifiedLine(int number, string text, LineKind kind)
    {
        Number = number;
        Text = text;
        Kind = kind;
    }

    /// <summary>One-based line number in the page.</summary>
    public int Number { get; }

    public string Text { get; }

    public LineKind Kind { get; set; }

    public StatedDate? Date { get; init; }

    public IReadOnlyList<CreditModel>? Credits { get; init; }

    public string? CaptionCredit { get; init; }
}
