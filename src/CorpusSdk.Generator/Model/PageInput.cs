namespace CorpusSdk.Generator.Model;

/// <summary>
/// One corpus page as the pipeline sees it: its path, its whole text and the item metadata that overrides what is
/// read from it. Compared by value, so an unchanged page is never extracted again.
/// </summary>
/// <param name="Path">The file's path (for diagnostics).</param>
/// <param name="Text">The decoded text.</param>
/// <param name="DecodedAsWindows1252">True when the file was not UTF-8 and the compiler fell back to a legacy code page (Windows-1252 on most Windows machines).</param>
/// <param name="Lenient">CorpusMissingMetadata=warn: a page without source or date is still emitted (source "Unknown", date 0001-01-01) with a warning.</param>
internal sealed record PageInput(string Path, string Text, bool DecodedAsWindows1252, PageOverrides Overrides, bool Lenient = false)
{
    public string FileName => System.IO.Path.GetFileName(Path);
}

/// <summary>Per-item metadata (<c>&lt;CorpusSeed Include="x.txt" Id="..." Source="..." Published="..." /&gt;</c>).</summary>
internal sealed record PageOverrides(string? Id, string? Source, string? Published)
{
    public static readonly PageOverrides None = new(null, null, null);
}
