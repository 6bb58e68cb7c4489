using System.Reflection;
using System.Runtime.Loader;
using CorpusSdk.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CorpusSdk.Tests.EndToEnd;

/// <summary>Compiles a user's program against the generated corpus, loads it and runs its LINQ queries.</summary>
public class UserProgramTests
{
    private const string UserProgram = """
        using System.Linq;
        using Corpus;
        using CorpusSdk;

        public static class UserQueries
        {
            public static string[] ReutersHeadlines() =>
                (from a in Articles.All
                 where a.Source == Sources.Reuters
                 orderby a.Published
                 select a.Headline).ToArray();

            public static string Datelines() => string.Join(",", Articles.All.Select(a => a.Dateline ?? "-"));

            public static int Paragraphs() => Articles.AP_2007_08_08.Paragraphs.Count;
        }
        """;

    [Fact]
    public void A_linq_query_over_the_generated_articles_runs()
    {
        var pages = RepoPaths.SeedPages().Select(p => TestPage.Seed(p.Path, p.Text));
        var (_, output) = GeneratorHarness.Run(pages, UserProgram);
        Assert.Empty(GeneratorHarness.CompileErrors(output));

        var queries = Load(output).GetType("UserQueries")!;
        var headlines = (string[])queries.GetMethod("ReutersHeadlines")!.Invoke(null, null)!;
        Assert.Equal(
            ["Iran tells PM Maliki it is helping secure Iraq", "Iraq seeks deeper Iran-U.S. dialogue on security", "Iran signals backing for Iraqi PM in crackdown"],
            headlines);
        Assert.Equal(16, (int)queries.GetMethod("Paragraphs")!.Invoke(null, null)!);
    }

    [Fact]
    public void A_misspelt_member_is_a_compile_error()
    {
        var pages = RepoPaths.SeedPages().Select(p => TestPage.Seed(p.Path, p.Text));
        var (_, output) = GeneratorHarness.Run(pages, "class U { object A => Corpus.Articles.Reuters_2007_08_09; object S => Corpus.Sources.Reutres; }");
        Assert.Equal(2, GeneratorHarness.CompileErrors(output).Count(d => d.Id == "CS0117"));
    }

    private static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        var context = new AssemblyLoadContext("user-" + Guid.NewGuid(), isCollectible: true);
        context.Resolving += (_, name) => name.Name == "CorpusSdk" ? typeof(Article).Assembly : null;
        stream.Position = 0;
        return context.LoadFromStream(stream);
    }
}
