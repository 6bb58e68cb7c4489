namespace CorpusSdk.Generator.Diagnostics;

/// <summary>Every diagnostic ID the generator reports; <see cref="Descriptors"/> holds their texts. Listed in docs/diagnostics.md.</summary>
internal static class DiagnosticIds
{
    public const string InternalError = "CSDK000";
    public const string NoSource = "CSDK001";
    public const string NoDate = "CSDK002";
    public const string NoBody = "CSDK003";
    public const string EmptyPage = "CSDK004";
    public const string DuplicateId = "CSDK005";
    public const string InvalidOverride = "CSDK006";
    public const string NotUtf8 = "CSDK007";
    public const string BinaryPage = "CSDK008";
    public const string PersonIdCollision = "CSDK009";
    public const string InvalidProperty = "CSDK010";
    public const string UnbalancedQuote = "CSDK101";
}
