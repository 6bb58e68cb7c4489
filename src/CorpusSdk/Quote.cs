using System.Collections.Generic;
using System.Threading;
using CorpusSdk.Internal;

namespace CorpusSdk;

/// <summary>A direct quotation in an article's body, with who said it.</summary>
public sealed class Quote
{
    /// <summary>Creates a quote.</summary>
    public Quote(string text, Person? speaker, string? speakerName, string? speakerDescription, bool isPartial, int paragraph, int line)
        : this(text ?? throw new System.ArgumentNullException(nameof(text)), speaker, -1, speakerName, speakerDescription, isPartial, paragraph, line)
    {
    }

    /// <summary>A quote whose text stays in its data block until <see cref="Text"/> is first read (the decoder's).</summary>
    [System.Runtime.CompilerServices.MethodImpl(Jit.Optimized)]
    internal Quote(CorpusBlock block, int textStart, int textLength, IReadOnlyList<Person> people, int speakerIndex, string? speakerName, string? speakerDescription, bool isPartial, int paragraph, int line)
        : this(block, speakerIndex < 0 ? null : people, speakerIndex, speakerName, speakerDescription, isPartial, paragraph, line)
    {
        _textStart = textStart;
        _textLength = textLength;
    }

    [System.Runtime.CompilerServices.MethodImpl(Jit.Optimized)]
    private Quote(object text, object? speaker, int speakerIndex, string? speakerName, string? speakerDescription, bool isPartial, int paragraph, int line)
    {
        _text = text;
        _speaker = speaker;
        _speakerIndex = speakerIndex;
        SpeakerName = speakerName;
        SpeakerDescription = speakerDescription;
        IsPartial = isPartial;
        Paragraph = paragraph;
        Line = line;
    }

    // The first query builds every quote of the corpus, so a decoded quote keeps one field where two would do:
    // _text holds the block until the text is first read, then the text; _speaker holds the corpus person table, in
    // which the speaker is looked up (at _speakerIndex) when first asked for. A query on names never decodes a person.
    private object _text;
    private readonly int _textStart;
    private readonly int _textLength;
    private readonly object? _speaker;
    private readonly int _speakerIndex;

    /// <summary>The words inside the quotation marks, without the marks.</summary>
    // Decoded on first read: a query that filters on speakers never pays for the text of the quotes it skips.
    public string Text
    {
        [System.Runtime.CompilerServices.MethodImpl(Jit.Optimized)]
        get => Volatile.Read(ref _text) as string ?? DecodeText();
    }

    [System.Runtime.CompilerServices.MethodImpl(Jit.Optimized)]
    private string DecodeText()
    {
        var current = Volatile.Read(ref _text);
        if (current is string decoded) return decoded; // another thread got there first
        var text = Utf8TokenReader.Decode(((CorpusBlock)current).Bytes.Slice(_textStart, _textLength));
        Volatile.Write(ref _text, text);
        return text;
    }

    /// <summary>The person who said it, or null where the text names nobody (see <see cref="SpeakerDescription"/>).</summary>
    public Person? Speaker => _speakerIndex < 0 ? (Person?)_speaker : ((IReadOnlyList<Person>)_speaker!)[_speakerIndex];

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
