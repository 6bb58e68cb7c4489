using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using CorpusSdk.Internal;

namespace CorpusSdk;

/// <summary>One news page, read and cleaned at compile time.</summary>
public sealed class Article
{
    /// <summary>Creates an article.</summary>
    public Article(
        string id, string file, NewsSource source, PublishedDate published, string? headline, string? dateline,
        IReadOnlyList<string> paragraphs, IReadOnlyList<string> subheadings, IReadOnlyList<Caption> captions,
        IReadOnlyList<Credit> credits, IReadOnlyList<Quote> quotes, IReadOnlyList<ArticlePerson> people)
        : this(id, file, source, published, headline, dateline, quotes)
    {
        _paragraphs = paragraphs ?? throw new System.ArgumentNullException(nameof(paragraphs));
        _subheadings = subheadings ?? throw new System.ArgumentNullException(nameof(subheadings));
        _captions = captions ?? throw new System.ArgumentNullException(nameof(captions));
        _credits = credits ?? throw new System.ArgumentNullException(nameof(credits));
        _persons = people ?? throw new System.ArgumentNullException(nameof(people));
    }

    /// <summary>An article from generated data, its lists left in <paramref name="block"/> until first read (the decoder's).</summary>
    [MethodImpl(Jit.Optimized)] // built once per article as the first query decodes them
    internal Article(
        string id, string file, NewsSource source, PublishedDate published, string? headline, string? dateline,
        IReadOnlyList<Quote> quotes, CorpusBlock block, int listsStart, int listsLength, IReadOnlyList<Person> people)
        : this(id, file, source, published, headline, dateline, quotes)
    {
        _block = block;
        _listsStart = listsStart;
        _listsLength = listsLength;
        _people = people;
    }

    [MethodImpl(Jit.Optimized)]
    private Article(string id, string file, NewsSource source, PublishedDate published, string? headline, string? dateline, IReadOnlyList<Quote> quotes)
    {
        Id = id;
        File = file;
        Source = source;
        Published = published;
        Headline = headline;
        Dateline = dateline;
        Quotes = quotes;
    }

    /// <summary>The member name in the generated <c>Articles</c> class ("Reuters_2007_08_08").</summary>
    public string Id { get; }

    /// <summary>The page's file name.</summary>
    public string File { get; }

    /// <summary>The news organisation whose story it is.</summary>
    public NewsSource Source { get; }

    /// <summary>When it was published, as precisely as the page says.</summary>
    public PublishedDate Published { get; }

    /// <summary>The headline, or null where the page has none.</summary>
    public string? Headline { get; }

    /// <summary>The dateline city ("TEHRAN"), or null.</summary>
    public string? Dateline { get; }

    /// <summary>The body paragraphs in order, with page furniture removed.</summary>
    public IReadOnlyList<string> Paragraphs => Volatile.Read(ref _paragraphs) ?? Decoded(ref _paragraphs, CorpusData.ParagraphsReader);

    /// <summary>Subheadings taken out of the body.</summary>
    public IReadOnlyList<string> Subheadings => Volatile.Read(ref _subheadings) ?? Decoded(ref _subheadings, CorpusData.SubheadingsReader);

    /// <summary>Photo captions taken out of the body.</summary>
    public IReadOnlyList<Caption> Captions => Volatile.Read(ref _captions) ?? Decoded(ref _captions, CorpusData.CaptionsReader);

    /// <summary>Bylines, reporting, editing and photo credits.</summary>
    public IReadOnlyList<Credit> Credits => Volatile.Read(ref _credits) ?? Decoded(ref _credits, CorpusData.CreditsReader);

    /// <summary>Direct quotations, in order.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>The people the article names.</summary>
    public IReadOnlyList<ArticlePerson> People => Volatile.Read(ref _persons) ?? Decoded(ref _persons, CorpusData.PersonsReader(_people!));

    // An article decoded from generated data keeps the place of its lists in its block (they follow its quotes) and
    // decodes each the first time it is read: no list object is made for lists a query never reads.
    private readonly CorpusBlock? _block;
    private readonly int _listsStart;
    private readonly int _listsLength;
    private readonly IReadOnlyList<Person>? _people;
    private IReadOnlyList<string>? _paragraphs;
    private IReadOnlyList<string>? _subheadings;
    private IReadOnlyList<Caption>? _captions;
    private IReadOnlyList<Credit>? _credits;
    private IReadOnlyList<ArticlePerson>? _persons;

    private IReadOnlyList<T> Decoded<T>(ref IReadOnlyList<T>? field, ListReader<T> read)
    {
        var made = CorpusData.ReadList(_block!, _listsStart, _listsLength, read);
        return Interlocked.CompareExchange(ref field, made, null) ?? made;
    }

    /// <summary>The body as one text, paragraphs separated by blank lines.</summary>
    public string Text => string.Join("\n\n", Paragraphs);

    /// <inheritdoc />
    public override string ToString() => Id + ": " + (Headline ?? "(no headline)");
}
