using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace CorpusSdk.Generator.Diagnostics;

/// <summary>
/// The one catalogue of diagnostic descriptors. Messages say what is wrong and how to fix it.
/// For page diagnostics, argument {0} is always the page's file name; a PageDiagnostic's own arguments follow.
/// </summary>
internal static class Descriptors
{
    private const string Category = "CorpusSdk";

    public static readonly DiagnosticDescriptor InternalError = new(
        DiagnosticIds.InternalError, "CorpusSdk failed",
        "CorpusSdk failed on {0}: {1}. {2} Please report this with the page(s) attached.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NoSource = new(
        DiagnosticIds.NoSource, "No news source found",
        "No news source found in '{0}': no agency in a dateline such as 'CITY (Reuters) -', no copyright, byline or logo line. Give it as item metadata: <CorpusSeed Include=\"...\" Source=\"Reuters\" />.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NoDate = new(
        DiagnosticIds.NoDate, "No publication date found",
        "No publication date found in '{0}': no line such as 'August 8, 2007 / 8:46 AM' or 'Published: 3 March 2008'. Add the date line to the page, or give the date as item metadata: <CorpusSeed Include=\"...\" Published=\"2007-08-08\" />.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NoBody = new(
        DiagnosticIds.NoBody, "No article body found",
        "No body paragraphs found in '{0}': no line reads as running text. Check that the file is the saved text of a news page, or remove it from the CorpusSeed items.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor EmptyPage = new(
        DiagnosticIds.EmptyPage, "Empty page",
        "The page '{0}' is empty. Remove it from the CorpusSeed items or save the page's text into it.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateId = new(
        DiagnosticIds.DuplicateId, "Two pages get the same article id",
        "'{0}' would get the article id '{1}', already taken by '{2}'; '{0}' was emitted as '{3}'. To choose the names, set item metadata on either page: <CorpusSeed Include=\"...\" Id=\"MyArticle\" />.",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidOverride = new(
        DiagnosticIds.InvalidOverride, "Invalid item metadata",
        "The {1} metadata '{2}' of '{0}' is not valid: {3}. Fix or remove the metadata on the CorpusSeed item.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NotUtf8 = new(
        DiagnosticIds.NotUtf8, "Page is not UTF-8",
        "'{0}' is not valid UTF-8 ({1}). Save the page as UTF-8 so that its text is exact.",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor BinaryPage = new(
        DiagnosticIds.BinaryPage, "Page is binary data",
        "'{0}' holds binary data, not text. Remove it from the CorpusSeed items or save the page as text.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor PersonIdCollision = new(
        DiagnosticIds.PersonIdCollision, "Two people get the same member name",
        "'{0}' and '{1}' both make the member name '{2}', so the second is emitted as '{3}'",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnbalancedQuote = new(
        DiagnosticIds.UnbalancedQuote, "Unbalanced quotation mark",
        "Unbalanced quotation mark {1} in '{0}': no quote was read from it. Close or remove the mark if the page lost it.",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>Not about a page: argument {0} is the property's name, {1} its value, {2} why it is invalid, {3} the default used instead.</summary>
    public static readonly DiagnosticDescriptor InvalidProperty = new(
        DiagnosticIds.InvalidProperty, "Invalid MSBuild property",
        "The MSBuild property {0} is '{1}', which is not valid: {2}. The default '{3}' was used instead. Fix or remove the property.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
    {
        [InternalError.Id] = InternalError, [NoSource.Id] = NoSource, [NoDate.Id] = NoDate, [NoBody.Id] = NoBody,
        [EmptyPage.Id] = EmptyPage, [DuplicateId.Id] = DuplicateId, [InvalidOverride.Id] = InvalidOverride,
        [NotUtf8.Id] = NotUtf8, [BinaryPage.Id] = BinaryPage, [PersonIdCollision.Id] = PersonIdCollision,
        [InvalidProperty.Id] = InvalidProperty, [UnbalancedQuote.Id] = UnbalancedQuote,
    };

    public static DiagnosticDescriptor ForId(string id) => ById.TryGetValue(id, out var d) ? d : InternalError;
}
