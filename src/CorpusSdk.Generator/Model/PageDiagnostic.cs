namespace CorpusSdk.Generator.Model;

/// <summary>
/// A problem found on a page, as plain data (no Roslyn types) so extraction stays testable alone.
/// <see cref="Line"/> and <see cref="Column"/> are one-based; the generator turns this into a Roslyn diagnostic
/// located in the .txt file.
/// </summary>
internal sealed record PageDiagnostic(string Id, int Line, int Column, int Length, EquatableArray<string> Arguments);
