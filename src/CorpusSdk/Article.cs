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
    {
        _header = new ArticleHeader(id, file, source, published, headline, dateline);
        _quotes = quotes ?? throw new System.ArgumentNullException(nameof(quotes));
        _paragraphs = paragraphs ?? throw new System.ArgumentNullException(nameof(paragraphs));
        _subheadings = subheadings ?? throw new System.ArgumentNullException(nameof(subheadings));
        _captions = captions ?? throw new System.ArgumentNullException(nameof(captions));
        _credits = credits ?? throw new System.ArgumentNullException(nameof(credits));
        _persons = people ?? throw new System.ArgumentNullException(nameof(people));
    }

    /// <summary>An article from generated data: record <paramref name="record"/> of <paramref name="block"/>, read field by field on first use (the decoder's).</summary>
    [MethodImpl(Jit.Optimized)] // built once per article as the first query walks the corpus
    internal Article(CorpusBlock block, int record, IReadOnlyList<Person> people)
    {
        _record = new RecordRef(block, record, people);
    }

    /// <summary>The member name in the generated <c>Articles</c> class ("Reuters_2007_08_08").</summary>
    public string Id => Header.Id;

    /// <summary>The page's file name.</summary>
    public string File => Header.File;

    /// <summary>The news organisation whose story it is.</summary>
    public NewsSource Source => Header.Source;

    /// <summary>When it was published, as precisely as the page says.</summary>
    public PublishedDate Published => Header.Published;

    /// <summary>The headline, or null where the page has none.</summary>
    public string? Headline => Header.Headline;

    /// <summary>The dateline city ("TEHRAN"), or null.</summary>
    public string? Dateline => Header.Dateline;

    /// <summary>The body paragraphs in order, with page furniture removed.</summary>
    public IReadOnlyList<string> Paragraphs => Volatile.Read(ref _paragraphs) ?? Decoded(ref _paragraphs, CorpusData.ParagraphsReader);

    /// <summary>Subheadings taken out of the body.</summary>
    public IReadOnlyList<string> Subheadings => Volatile.Read(ref _subheadings) ?? Decoded(ref _subheadings, CorpusData.SubheadingsReader);

    /// <summary>Photo captions taken out of the body.</summary>
    public IReadOnlyList<Caption> Captions => Volatile.Read(ref _captions) ?? Decoded(ref _captions, CorpusData.CaptionsReader);

    /// <summary>Bylines, reporting, editing and photo credits.</summary>
    public IReadOnlyList<Credit> Credits => Volatile.Read(ref _credits) ?? Decoded(ref _credits, CorpusData.CreditsReader);

    /// <summary>Direct quotations, in order.</summary>
    public IReadOnlyList<Quote> Quotes
    {
        [MethodImpl(Jit.Optimized)]
        get => Volatile.Read(ref _quotes) ?? LazyField.Publish(ref _quotes, CorpusData.ReadQuotes(_record));
    }

    /// <summary>The people the article names.</summary>
    public IReadOnlyList<ArticlePerson> People => Volatile.Read(ref _persons) ?? Decoded(ref _persons, CorpusData.PersonsReader);

    // An article decoded from generated data is only the place of its record until read: the header and each list are
    // decoded the first time they are read, so a query pays for the fields it touches and nothing else.
    private readonly RecordRef _record;
    private ArticleHeader? _header;
    private IReadOnlyList<Quote>? _quotes;
    private IReadOnlyList<string>? _paragraphs;
    private IReadOnlyList<string>? _subheadings;
    private IReadOnlyList<Caption>? _captions;
    private IReadOnlyList<Credit>? _credits;
    private IReadOnlyList<ArticlePerson>? _persons;

    private ArticleHeader Header => Volatile.Read(ref _header) ?? LazyField.Publish(ref _header, CorpusData.ReadHeader(_record));

    private IReadOnlyList<T> Decoded<T>(ref IReadOnlyList<T>? field, ListReader<T> read)
        => LazyField.Publish(ref field, CorpusData.ReadList(_record, read));

    /// <summary>The body as one text, paragraphs separated by blank lines.</summary>
    public string Text => string.Join("\n\n", Paragraphs);

    /// <inheritdoc />
    public override string ToString() => Id + ": " + (Headline ?? "(no headline)");
}
