namespace CorpusSdk.Generator.Model;

/// <summary>Everything read from one page: the unit the emitter writes as one article.</summary>
internal sealed record ArticleModel(
    string Id,
    string FileName,
    string Source,
    string Published,
    string? Headline,
    string? Dateline,
    EquatableArray<ParagraphModel> Paragraphs,
    EquatableArray<string> Subheadings,
    EquatableArray<CaptionModel> Captions,
    EquatableArray<CreditModel> Credits,
    EquatableArray<QuoteModel> Quotes,
    EquatableArray<ArticlePersonModel> People);

/// <summary>A body paragraph and the one-based line of the page it starts on.</summary>
internal sealed record ParagraphModel(string Text, int Line);

/// <summary>A photo caption and its credit ("REUTERS/Jane Doe"), if any.</summary>
internal sealed record CaptionModel(string Text, string? Credit, int Line);

/// <summary>A credited person; <see cref="Role"/> matches CorpusSdk.CreditRole.</summary>
internal sealed record CreditModel(CreditKind Role, string Name);

/// <summary>Mirrors CorpusSdk.CreditRole (same order); the generator cannot reference the runtime.</summary>
internal enum CreditKind { Author, Reporting, Editing, Photo }

/// <summary>
/// A direct quotation. <see cref="Speaker"/> is the speaker's full name as the article gives it (null where
/// the text names nobody); people resolution later maps it to a corpus person.
/// </summary>
internal sealed record QuoteModel(string Text, string? Speaker, string? SpeakerDescription, bool Partial, int Paragraph, int Line);

/// <summary>A person in one article: the fullest name it gives, every spelling, titles and roles.</summary>
internal sealed record ArticlePersonModel(string Name, EquatableArray<string> Mentions, EquatableArray<string> Titles, RoleFlags Roles);

/// <summary>Mirrors CorpusSdk.PersonRoles (same values).</summary>
[System.Flags]
internal enum RoleFlags { None = 0, Mentioned = 1, Quoted = 2, Photographer = 4, Reporting = 8, Editing = 16, Author = 32 }
