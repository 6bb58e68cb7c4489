namespace CorpusSdk.Tests.Infrastructure;

/// <summary>Where the repository, its seeds and the optional ../shared folder are.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>../shared beside the clone (gold annotations, scorer), or null on a newcomer's clone that has none.</summary>
    public static string? Shared
    {
        get
        {
            var dir = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(dir) ? dir : null;
        }
    }

    public static IReadOnlyList<(string Path, string Text)> SeedPages()
        => Directory.GetFiles(Seeds, "*.txt").OrderBy(p => p, StringComparer.Ordinal).Select(p => (p, File.ReadAllText(p))).ToList();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CorpusSdk.sln"))) return dir.FullName;
        throw new InvalidOperationException("CorpusSdk.sln not found above " + AppContext.BaseDirectory);
    }
}
