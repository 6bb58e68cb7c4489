using System.Diagnostics;
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace CorpusSdk.PackageTests;

/// <summary>
/// The CorpusSdk package as a user gets it: its files, the Roslyn version its generator needs, and fresh projects
/// that reference it by version from a local feed, build, and run a LINQ query over the seeds.
/// </summary>
public sealed class PackageTests(PackageFixture package, ITestOutputHelper log) : IClassFixture<PackageFixture>
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(4);

    /// <summary>The oldest compiler supported: Roslyn 4.8, in the .NET 8 SDK and Visual Studio 17.8.</summary>
    private static readonly Version OldestRoslyn = new(4, 8, 0, 0);

    private string Packed
    {
        get
        {
            Assert.True(package.Pack!.Succeeded, package.Pack.Describe());
            Assert.True(File.Exists(package.Nupkg), "no " + package.Nupkg + "\n" + package.Pack.Describe());
            return package.Nupkg;
        }
    }

    [Fact]
    public void The_package_holds_the_runtime_the_generator_and_the_msbuild_files()
    {
        using var zip = ZipFile.OpenRead(Packed);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        foreach (var expected in new[]
                 {
                     "lib/netstandard2.0/CorpusSdk.dll", "lib/net8.0/CorpusSdk.dll",
                     "analyzers/dotnet/cs/CorpusSdk.Generator.dll",
                     "buildTransitive/CorpusSdk.props", "buildTransitive/CorpusSdk.targets",
                     "build/CorpusSdk.props", "build/CorpusSdk.targets",
                     "README.md", "LICENSE",
                 })
            Assert.Contains(expected, entries);
        // The generator is the only analyzer, and nothing it depends on is shipped beside it (Roslyn is the compiler's).
        Assert.Equal(["analyzers/dotnet/cs/CorpusSdk.Generator.dll"], entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).ToArray());

        var nuspec = XDocument.Load(zip.Entries.Single(e => e.FullName == "CorpusSdk.nuspec").Open());
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("CorpusSdk", metadata.Element(ns + "id")!.Value);
        Assert.Equal(package.Version, metadata.Element(ns + "version")!.Value);
        Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
        // Users get no package for the generator project: only System.Memory, for netstandard2.0.
        var dependencies = metadata.Descendants(ns + "dependency").Select(d => (string)d.Attribute("id")!).ToArray();
        Assert.Equal(["System.Memory"], dependencies);
    }

    [Fact]
    public void The_generator_references_no_Roslyn_newer_than_the_dotnet8_sdk_compiler()
    {
        using var zip = ZipFile.OpenRead(Packed);
        using var dll = new MemoryStream();
        using (var s = zip.Entries.Single(e => e.FullName == "analyzers/dotnet/cs/CorpusSdk.Generator.dll").Open()) s.CopyTo(dll);
        dll.Position = 0;
        using var pe = new PEReader(dll);
        var md = pe.GetMetadataReader();
        var references = md.AssemblyReferences.Select(h => md.GetAssemblyReference(h))
            .Select(r => (Name: md.GetString(r.Name), r.Version)).ToList();
        foreach (var (name, version) in references) log.WriteLine($"{name} {version}");

        var roslyn = references.Where(r => r.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)).ToList();
        Assert.Contains(roslyn, r => r.Name == "Microsoft.CodeAnalysis");
        Assert.All(roslyn, r => Assert.True(r.Version <= OldestRoslyn, $"{r.Name} {r.Version} is newer than Roslyn {OldestRoslyn} (.NET 8 SDK)"));
        // Everything else it needs is in netstandard2.0 or loaded by every compiler beside Roslyn.
        string[] inCompiler = ["netstandard", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "System.Collections.Immutable", "System.Reflection.Metadata", "System.Memory", "System.Runtime.CompilerServices.Unsafe"];
        Assert.All(references, r => Assert.Contains(r.Name, inCompiler));
    }

    [Fact]
    public async Task A_fresh_app_and_netstandard_library_build_against_the_package_and_query_the_seeds()
    {
        _ = Packed;
        var root = Path.Combine(package.Work, "consumers");
        var lib = Path.Combine(root, "NewsLib");
        var app = Path.Combine(root, "NewsApp");
        var libSeeds = package.CopySeeds(Path.Combine(lib, "seeds"));
        package.CopySeeds(Path.Combine(app, "seeds"));

        // A netstandard2.0 library: C# 7.3 by default, so the generated code must not use "..."u8 or later syntax.
        // Its options and one page's Id are set through MSBuild, as the README shows.
        File.WriteAllText(Path.Combine(lib, "NewsLib.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <CorpusNamespace>NewsLib</CorpusNamespace>
                <CorpusArticlesClass>Stories</CorpusArticlesClass>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                <CompilerGeneratedFilesOutputPath>obj/generated</CompilerGeneratedFilesOutputPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="CorpusSdk" Version="{package.Version}" />
                <CorpusSeed Update="seeds/{libSeeds[0]}" Id="FirstStory" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(lib, "Library.cs"), """
            using System.Linq;

            namespace NewsLib
            {
                public static class Library
                {
                    public static int Count { get { return Stories.All.Count; } }

                    public static string FirstId { get { return Stories.FirstStory.Id; } }

                    public static string SourceNames() { return string.Join(",", Stories.All.Select(a => a.Source.Name).Distinct().OrderBy(n => n)); }
                }
            }
            """);

        // A net10.0 app with the README's query, referencing the package and the library.
        File.WriteAllText(Path.Combine(app, "NewsApp.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="CorpusSdk" Version="{package.Version}" />
                <ProjectReference Include="../NewsLib/NewsLib.csproj" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using Corpus;

            var headlines = from a in Articles.All
                            where a.Source == Sources.Reuters
                            orderby a.Published
                            select a.Headline;
            foreach (var headline in headlines) Console.WriteLine("Reuters: " + headline);
            Console.WriteLine($"Library: {NewsLib.Library.Count} {NewsLib.Library.FirstId} {NewsLib.Library.SourceNames()}");
            """);

        var build = await Build(app);
        Assert.True(build.Succeeded, build.Describe());

        var generated = Directory.GetFiles(Path.Combine(lib, "obj", "generated"), "*.cs", SearchOption.AllDirectories);
        Assert.NotEmpty(generated);
        var libSource = string.Concat(generated.Select(File.ReadAllText));
        Assert.Contains("[global::CorpusSdk.Internal.CorpusData(", libSource);
        Assert.DoesNotContain("\"u8", libSource);

        var run = await DotNet.RunAsync(app, TimeSpan.FromMinutes(1), package.Packages, "bin/Debug/net10.0/NewsApp.dll");
        Assert.True(run.Succeeded, run.Describe());
        log.WriteLine(run.Output);
        var lines = run.Output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            ["Reuters: Iran tells PM Maliki it is helping secure Iraq", "Reuters: Iraq seeks deeper Iran-U.S. dialogue on security", "Reuters: Iran signals backing for Iraqi PM in crackdown"],
            lines.Where(l => l.StartsWith("Reuters: ", StringComparison.Ordinal)).ToArray());
        Assert.Contains($"Library: {libSeeds.Count} FirstStory ", run.Output);
        Assert.Contains("Reuters", lines.Single(l => l.StartsWith("Library: ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_malformed_page_fails_the_consumer_build_at_its_line()
    {
        _ = Packed;
        var app = Path.Combine(package.Work, "consumers", "BadApp");
        package.CopySeeds(Path.Combine(app, "seeds"));
        File.WriteAllText(Path.Combine(app, "seeds", "bad.txt"),
            "Some words about nothing in particular, written as running text so that the page has a body.\n\n" +
            "Another paragraph of running text that names no date and no news agency anywhere in it at all.\n");
        File.WriteAllText(Path.Combine(app, "BadApp.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="CorpusSdk" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), "System.Console.WriteLine(Corpus.Articles.All.Count);\n");

        var build = await Build(app);
        Assert.False(build.Succeeded, build.Describe());
        Assert.Contains("bad.txt(", build.Output);
        Assert.Contains("error CSDK00", build.Output);
        Assert.Matches(@"bad\.txt\(\d+,\d+(,\d+,\d+)?\): error CSDK00\d", build.Output);
    }

    private async Task<CommandResult> Build(string project)
    {
        var result = await DotNet.RunAsync(project, BuildTimeout, package.Packages,
            "build", "-c", "Debug", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-v:m");
        log.WriteLine(result.Describe());
        return result;
    }
}
