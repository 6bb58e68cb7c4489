using System.Reflection;
using System.Runtime.Loader;
using CorpusSdk.Benchmarks;
using CorpusSdk.Generator.Extraction;
using CorpusSdk.Generator.Model;
using CorpusSdk.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusSdk.Tests.Incremental;

/// <summary>
/// The stored data reads back as extracted: every article of a corpus spread over several data files (500 articles
/// a file) decodes to the model the generator extracted, read from the assembly's metadata or through reflection alike.
/// </summary>
public class DataRoundTripTests
{
    private const string Dump = """
        using System.Linq;
        using System.Text;

        public static class Dump
        {
            public static string All()
            {
                var sb = new StringBuilder();
                foreach (var a in Corpus.Articles.All)
                {
                    sb.Append(a.Id).Append('|').Append(a.File).Append('|').Append(a.Source.Name).Append('|').Append(a.Headline).Append('|').Append(a.Dateline).Append('\n');
                    foreach (var p in a.Paragraphs) sb.Append("  ").Append(p).Append('\n');
                    foreach (var c in a.Captions) sb.Append("  caption ").Append(c.Text).Append(" / ").Append(c.Credit).Append('\n');
                    foreach (var c in a.Credits) sb.Append("  credit ").Append(c.Role).Append(' ').Append(c.Name).Append('\n');
                    foreach (var q in a.Quotes) sb.Append("  quote ").Append(q.Text).Append(" / ").Append(q.SpeakerName).Append('\n');
                }
                return sb.ToString();
            }
        }
        """;

    [Fact]
    public void A_corpus_over_several_data_files_decodes_to_what_was_extracted()
    {
        var pages = SyntheticCorpus.Make(520).Select(p => new TestPage("/corpus/" + p.FileName, p.Text)).ToList();
        var (result, output) = GeneratorHarness.Run(pages, Dump);
        Assert.Equal(2, result.Results[0].GeneratedSources.Count(s => s.HintName.StartsWith("Articles.Data", StringComparison.Ordinal)));

        var models = pages.Select(p => ArticleExtractor.Extract(new PageInput(p.Path, p.Text, false, PageOverrides.None)).Article!).ToList();
        var actual = RunDump(output);
        var lines = actual.Split('\n');
        Assert.Equal(models.Count, lines.Count(l => l.Length > 0 && l[0] != ' '));
        foreach (var m in models)
        {
            var header = $"{m.FileName}|{m.Source}|{m.Headline}|{m.Dateline}";
            var line = Assert.Single(lines, l => l.Contains("|" + m.FileName + "|", StringComparison.Ordinal));
            Assert.EndsWith(header, line);
        }
        Assert.Equal(models.Sum(m => m.Paragraphs.Count), lines.Count(l => l.StartsWith("  ", StringComparison.Ordinal) && !l.StartsWith("  caption ", StringComparison.Ordinal) && !l.StartsWith("  credit ", StringComparison.Ordinal) && !l.StartsWith("  quote ", StringComparison.Ordinal)));
        Assert.Contains("  " + models[519].Paragraphs[^1].Text + "\n", actual);
    }

    [Fact]
    public void Raw_metadata_and_reflection_read_the_same_data()
    {
        var pages = RepoPaths.SeedPages().Select(p => TestPage.Seed(p.Path, p.Text)).ToList();
        var (_, output) = GeneratorHarness.Run(pages, Dump);
        var expected = RunDump(output);
        Assert.Contains("\u201CThe Islamic Republic", expected);
        // Process-wide: tests running meanwhile read by reflection too, which must give the same articles anyway.
        AppContext.SetSwitch(CorpusSdk.Internal.CorpusBlock.ReflectionOnlySwitch, true);
        try
        {
            Assert.Equal(expected, RunDump(output));
        }
        finally
        {
            AppContext.SetSwitch(CorpusSdk.Internal.CorpusBlock.ReflectionOnlySwitch, false);
        }
    }

    private static string RunDump(Compilation compilation)
    {
        Assert.Empty(GeneratorHarness.CompileErrors(compilation));
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Take(5)));
        var context = new AssemblyLoadContext("roundtrip-" + Guid.NewGuid(), isCollectible: true);
        context.Resolving += (_, name) => name.Name == "CorpusSdk" ? typeof(Article).Assembly : null;
        stream.Position = 0;
        var dump = context.LoadFromStream(stream).GetType("Dump")!;
        return (string)dump.GetMethod("All")!.Invoke(null, null)!;
    }
}
