namespace CorpusSdk.Generator.Model;

/// <summary>What extraction made of one page: the article (null when the page cannot be one) and its diagnostics.</summary>
internal sealed record PageResult(string Path, ArticleModel? Article, EquatableArray<LocatedDiagnostic> Diagnostics);

/// <summary>
/// A page diagnostic with its place in the file: <see cref="Offset"/> is the character offset in the text as read,
/// <see cref="Line"/> and <see cref="Column"/> are one-based. Arguments exclude the file name (added when reported).
/// </summary>
internal sealed record LocatedDiagnostic(string Id, string Path, int Offset, int Length, int Line, int Column, EquatableArray<string> Arguments, bool AsWarning = false);
