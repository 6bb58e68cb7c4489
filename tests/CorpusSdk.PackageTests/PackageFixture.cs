using System.Reflection;

namespace CorpusSdk.PackageTests;

/// <summary>
/// Packs src/CorpusSdk (already built by this project's ProjectReference) into a local folder feed under a fresh temp
/// folder, with a version no cache has seen, and writes the NuGet.config and an empty package cache the consumer
/// projects use. Deleted afterwards unless CORPUSSDK_KEEP_E2E is set.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    public string RepoRoot { get; } = FindRepoRoot();
    public string Work { get; } = Path.Combine(Path.GetTempPath(), "corpussdk-e2e-" + Guid.NewGuid().ToString("N").Substring(0, 10));
    public string Feed => Path.Combine(Work, "feed");
    /// <summary>The consumers' NUGET_PACKAGES: empty at first, so no stale CorpusSdk can be served from a cache.</summary>
    public string Packages => Path.Combine(Work, "packages");
    public string Version { get; } = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
    public string Nupkg => Path.Combine(Feed, "CorpusSdk." + Version + ".nupkg");
    public CommandResult? Pack { get; private set; }

    public static string Configuration { get; } =
        typeof(PackageFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "CorpusSdk.Configuration")?.Value ?? "Debug";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Packages);
        var project = Path.Combine(RepoRoot, "src", "CorpusSdk", "CorpusSdk.csproj");
        Pack = await DotNet.RunAsync(RepoRoot, TimeSpan.FromMinutes(3), null,
            "pack", project, "-c", Configuration, "--no-build", "--no-restore", "-o", Feed,
            "-p:PackageVersion=" + Version, "-p:IncludeSymbols=false", "-nodeReuse:false");

        // The local feed first, then the machine's package folder (a folder feed too: saves downloading System.Memory
        // and NETStandard.Library again), then the user's and machine's own sources, inherited as usual.
        var machineCache = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (string.IsNullOrEmpty(machineCache))
            machineCache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var cacheSource = Directory.Exists(machineCache) ? $"\n    <add key=\"machine-package-folder\" value=\"{machineCache}\" />" : "";
        File.WriteAllText(Path.Combine(Work, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="corpussdk-local" value="{Feed}" />{cacheSource}
              </packageSources>
            </configuration>
            """);
        // Nothing from above the temp folder joins the consumers' builds.
        File.WriteAllText(Path.Combine(Work, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Work, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Work, "Directory.Packages.props"), "<Project />\n");
    }

    public Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("CORPUSSDK_KEEP_E2E") is null)
        {
            try { Directory.Delete(Work, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return Task.CompletedTask;
    }

    /// <summary>Copies the repository's seeds into <paramref name="directory"/>; returns the file names in order.</summary>
    public IReadOnlyList<string> CopySeeds(string directory)
    {
        Directory.CreateDirectory(directory);
        var names = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoRoot, "seeds"), "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
            names.Add(Path.GetFileName(file));
        }
        return names;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CorpusSdk.sln"))) return dir.FullName;
        throw new InvalidOperationException("CorpusSdk.sln not found above " + AppContext.BaseDirectory);
    }
}
