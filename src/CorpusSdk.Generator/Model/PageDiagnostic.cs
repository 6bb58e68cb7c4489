namespace CorpusSdk.Generator.Model;

/// <summary>
/// A problem found on a page, as plain data (no Roslyn types) so extraction stays testable alone.
/// <see cref="Line"/> and <see cref="Column"/> are one-based; the generator turns this into a Roslyn diagnostic
/// located in the .txt file.
/// </summary>
/// <see cref="AsWarning"/> reports an error-severity diagnostic as a warning (CorpusMissingMetadata=warn).
internal sealed record PageDiagnostic(string Id, int Line, int Column, int Length, EquatableArray<string> Arguments, bool AsWarning = false);
