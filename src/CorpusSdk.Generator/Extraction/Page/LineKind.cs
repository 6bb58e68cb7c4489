namespace CorpusSdk.Generator.Extraction.Page;

/// <summary>What one line of a page is, decided from the line alone (position comes later, in <see cref="PageParser"/>).</summary>
internal enum LineKind
{
    Blank,
    Junk,
    Logo,
    Copyright,
    Date,
    Credit,
    Byline,
    PhotoCredit,
    Caption,
    /// <summary>Sentence-like text: a body paragraph candidate.</summary>
    Prose,
    /// <summary>A short line without closing punctuation: headline, subheading or menu item.</summary>
    Short,
}
