namespace CorpusSdk.Internal;

/// <summary>
/// An article's single-valued fields: set at construction for articles made in code, decoded from the record on first
/// read for generated ones (a query over quotes or paragraphs never decodes a headline).
/// </summary>
internal sealed class ArticleHeader(string id, string file, NewsSource source, PublishedDate published, string? headline, string? dateline)
{
    public string Id { get; } = id;

    public string File { get; } = file;

    public NewsSource Source { get; } = source;

    public PublishedDate Published { get; } = published;

    public string? Headline { get; } = headline;

    public string? Dateline { get; } = dateline;
}
