namespace CorpusSdk;

/// <summary>A direct quotation in an article's body, with who said it.</summary>
public sealed class Quote
{
    /// <summary>Creates a quote.</summary>
    [System.Runtime.CompilerServices.MethodImpl(Internal.Jit.Optimized)] // built once per quote or article as the first query decodes them
    public Quote(string text, Person? speaker, string? speakerName, string? speakerDescription, bool isPartial, int paragraph, int line)
    {
        Text = text;
        Speaker = speaker;
        SpeakerName = speakerName;
        SpeakerDescription = speakerDescription;
        IsPartial = isPartial;
        Paragraph = paragraph;
        Line = line;
    }

    /// <summary>The words inside the quotation marks, without the marks.</summary>
    public string Text { get; }

    /// <summary>The person who said it, or null where the text names nobody (see <see cref="SpeakerDescription"/>).</summary>
    public Person? Speaker { get; }

    /// <summary>The speaker's name as this article gives it, or null.</summary>
    public string? SpeakerName { get; }

    /// <summary>How the text describes the speaker ("the government spokesman", "one political analyst"), or null.</summary>
    public string? SpeakerDescription { get; }

    /// <summary>True for a fragment inside the writer's own sentence.</summary>
    public bool IsPartial { get; }

    /// <summary>Zero-based index of the paragraph in <see cref="Article.Paragraphs"/>.</summary>
    public int Paragraph { get; }

    /// <summary>One-based line of the page the quote starts on.</summary>
    public int Line { get; }

    /// <inheritdoc />
    public override string ToString() => (SpeakerName ?? SpeakerDescription ?? "?") + ": \u201c" + Text + "\u201d";
}
