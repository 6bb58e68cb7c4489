using System.Collections.Generic;
using System.Threading;
using CorpusSdk.Internal;

namespace CorpusSdk;

/// <summary>A direct quotation in an article's body, with who said it.</summary>
public sealed class Quote
{
    /// <summary>Creates a quote.</summary>
    public Quote(string text, Person? speaker, string? speakerName, string? speakerDescription, bool isPartial, int paragraph, int line)
        : this(speakerName, speakerDescription, isPartial, paragraph, line)
    {
        _text = text ?? throw new System.ArgumentNullException(nameof(text));
        _speaker = speaker;
        _speakerIndex = -1;
    }

    /// <summary>A quote whose text stays in its data block until <see cref="Text"/> is first read (the decoder's).</summary>
    [System.Runtime.CompilerServices.MethodImpl(Jit.Optimized)]
    internal Quote(CorpusBlock block, int textStart, int textLength, IReadOnlyList<Person> people, int speakerIndex, string? speakerName, string? speakerDescription, bool isPartial, int paragraph, int line)
        : this(speakerName, speakerDescription, isPartial, paragraph, line)
    {
        _block = block;
        _textStart = textStart;
        _textLength = textLength;
        _people = people;
        _speakerIndex = speakerIndex;
    }

    [System.Runtime.CompilerServices.MethodImpl(Jit.Optimized)]
    private Quote(string? speakerName, string? speakerDescription, bool isPartial, int paragraph, int line)
    {
        SpeakerName = speakerName;
        SpeakerDescription = speakerDescription;
        IsPartial = isPartial;
        Paragraph = paragraph;
        Line = line;
    }

    private readonly CorpusBlock? _block;
    private readonly int _textStart;
    private readonly int _textLength;
    private string? _text;
    // A decoded quote keeps its speaker's index in the corpus person table and looks the person up when first asked:
    // a query on names or text never decodes a person.
    private readonly Person? _speaker;
    private readonly IReadOnlyList<Person>? _people;
    private readonly int _speakerIndex;

    /// <summary>The words inside the quotation marks, without the marks.</summary>
    // Decoded on first read: a query that filters on speakers never pays for the text of the quotes it skips.
    public string Text => Volatile.Read(ref _text) ?? DecodeText();

    private string DecodeText()
    {
        var text = Utf8TokenReader.Decode(_block!.Bytes.Slice(_textStart, _textLength));
        Volatile.Write(ref _text, text);
        return text;
    }

    /// <summary>The person who said it, or null where the text names nobody (see <see cref="SpeakerDescription"/>).</summary>
    public Person? Speaker => _speakerIndex < 0 ? _speaker : _people![_speakerIndex];

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
