namespace CorpusSdk;

/// <summary>A photo caption taken out of the body, with its photo credit where the page gives one.</summary>
/// <param name="Text">The caption as the page writes it.</param>
/// <param name="Credit">The photo credit ("REUTERS/Jane Doe"), or null.</param>
public sealed record Caption(string Text, string? Credit);
