using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace CorpusSdk;

/// <summary>One news page, read and cleaned at compile time.</summary>
public sealed class Article
{
    /// <summary>Creates an article.</summary>
    [MethodImpl(Internal.Jit.Optimized)] // built once per article as the first query decodes them
    public Article(
        string id, string file, NewsSource source, PublishedDate published, string? headline, string? dateline,
        IReadOnlyList<string> paragraphs, IReadOnlyList<string> subheadings, IReadOnlyList<Caption> captions,
        IReadOnlyList<Credit> credits, IReadOnlyList<Quote> quotes, IReadOnlyList<ArticlePerson> people)
    {
        Id = id;
        File = file;
        Source = source;
        Published = published;
        Headline = headline;
        Dateline = dateline;
        Paragraphs = paragraphs;
        Subheadings = subheadings;
        Captions = captions;
        Credits = credits;
        Quotes = quotes;
        People = people;
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
    public IReadOnlyList<string> Paragraphs { get; }

    /// <summary>Subheadings taken out of the body.</summary>
    public IReadOnlyList<string> Subheadings { get; }

    /// <summary>Photo captions taken out of the body.</summary>
    public IReadOnlyList<Caption> Captions { get; }

    /// <summary>Bylines, reporting, editing and photo credits.</summary>
    public IReadOnlyList<Credit> Credits { get; }

    /// <summary>Direct quotations, in order.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>The people the article names.</summary>
    public IReadOnlyList<ArticlePerson> People { get; }

    /// <summary>The body as one text, paragraphs separated by blank lines.</summary>
    public string Text => string.Join("\n\n", Paragraphs);

    /// <inheritdoc />
    public override string ToString() => Id + ": " + (Headline ?? "(no headline)");
}
