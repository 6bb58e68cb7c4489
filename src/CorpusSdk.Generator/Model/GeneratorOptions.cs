namespace CorpusSdk.Generator.Model;

/// <summary>
/// Options from MSBuild properties (CorpusNamespace, CorpusArticlesClass, CorpusPeopleClass, CorpusSourcesClass).
/// </summary>
internal sealed record GeneratorOptions(string Namespace, string ArticlesClass, string PeopleClass, string SourcesClass)
{
    public static readonly GeneratorOptions Default = new("Corpus", "Articles", "People", "Sources");
}
