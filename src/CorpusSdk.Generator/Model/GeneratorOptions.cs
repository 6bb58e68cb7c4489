namespace CorpusSdk.Generator.Model;

/// <summary>
/// Options from MSBuild properties (CorpusNamespace, CorpusArticlesClass, CorpusPeopleClass, CorpusSourcesClass) and
/// from the consumer's C# version, which decides how text is stored (u8 literals from C# 11, byte arrays before).
/// </summary>
internal sealed record GeneratorOptions(string Namespace, string ArticlesClass, string PeopleClass, string SourcesClass, bool Utf8Literals)
{
    public static readonly GeneratorOptions Default = new("Corpus", "Articles", "People", "Sources", true);
}
