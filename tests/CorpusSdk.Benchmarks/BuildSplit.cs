using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using CorpusSdk.Generator.Emit;

namespace CorpusSdk.Benchmarks;

/// <summary>
/// Which generated files cost compile time: compiles subsets of the generated sources (re-parsed) against the floor,
/// best of 3, split into parse / bind / emit with the memory allocated and the gen-2 collections of each.
/// BUILDSPLIT_ONLY=text keeps the variants whose name contains it.
/// </summary>
public static class BuildSplit
{
    public static int Rounds = 3;

    public static void Run(int count)
    {
        var pages = SyntheticCorpus.Make(count);
        var sources = Generate(pages);
        var floor = Report.FloorSources(pages);
        foreach (var (hint, text) in sources) Console.WriteLine($"  {hint,-30} {text.Length / 1048576.0:0.00} M chars, {text.Split('\n').Length} lines");
        static bool IsData(string hint) => hint.Contains(".Data", StringComparison.Ordinal);
        var variants = new List<(string Name, IReadOnlyList<string> Texts, DocumentationMode Docs)>
        {
            ("floor (u8 literal per page)", floor, DocumentationMode.Parse),
            ("all generated", sources.Select(s => s.Text).ToList(), DocumentationMode.Parse),
            ("all generated, doc comments not parsed", sources.Select(s => s.Text).ToList(), DocumentationMode.None),
            ("Articles.g.cs + People.g.cs + Sources.g.cs (no data)", sources.Where(s => !IsData(s.HintName)).Select(s => s.Text).ToList(), DocumentationMode.Parse),
            ("Articles.g.cs only", sources.Where(s => s.HintName == "Articles.g.cs").Select(s => s.Text).ToList(), DocumentationMode.Parse),
            ("experiment: floor pages, 500 per u8 literal", FloorBlocks(pages, "        private static global::System.ReadOnlySpan<byte> Data{0}() => \"", "\"u8;\n"), DocumentationMode.Parse),
            ("experiment: floor pages, 500 per attribute string", FloorBlocks(pages, "        [Block(\"", "\")]\n        private static class B{0} {{ }}\n"), DocumentationMode.Parse),
            ("floor again (order check)", floor, DocumentationMode.Parse),
        };
        var only = Environment.GetEnvironmentVariable("BUILDSPLIT_ONLY");
        if (!string.IsNullOrEmpty(only)) variants.RemoveAll(v => !v.Name.Contains(only, StringComparison.OrdinalIgnoreCase));
        var best = new Dictionary<string, long>();
        for (var round = 0; round < Rounds; round++)
            foreach (var (name, texts, docs) in variants)
            {
                GC.Collect();
                var (allocated, gen2) = (GC.GetTotalAllocatedBytes(), GC.CollectionCount(2));
                var sw = Stopwatch.StartNew();
                var parse = InMemoryGenerator.Parse.WithDocumentationMode(docs);
                var trees = texts.Select(t => CSharpSyntaxTree.ParseText(t, parse)).ToList();
                foreach (var t in trees) t.GetRoot();
                var parsed = sw.ElapsedMilliseconds;
                var compilation = InMemoryGenerator.Compilation("Split", trees);
                compilation.GetDiagnostics();
                var bound = sw.ElapsedMilliseconds;
                using var stream = new MemoryStream();
                var result = compilation.Emit(stream);
                var ms = sw.ElapsedMilliseconds;
                best[name] = best.TryGetValue(name, out var b) ? Math.Min(b, ms) : ms;
                Console.WriteLine($"{round} {name,-55} {ms,6} ms  {stream.Length / 1048576.0:0.00} MB  ok={result.Success}  parse {parsed} bind {bound - parsed} emit {ms - bound} ms, "
                    + $"{(GC.GetTotalAllocatedBytes() - allocated) / 1048576} MB allocated, {GC.CollectionCount(2) - gen2} gen2");
            }
        Console.WriteLine("Best of 3:");
        foreach (var (name, ms) in best) Console.WriteLine($"  {name,-55} {ms,6} ms  {(double)ms / best[variants[0].Name]:0.00}x the first");
    }

    /// <summary>The floor's page texts, 500 to a member written as <paramref name="open"/> text <paramref name="close"/> ({0}: the block).</summary>
    private static List<string> FloorBlocks(IReadOnlyList<SyntheticPage> pages, string open, string close)
    {
        var files = new List<string>();
        for (var start = 0; start < pages.Count; start += 500)
        {
            var sb = new StringBuilder("namespace Floor\n{\n");
            if (start == 0) sb.Append("    internal sealed class BlockAttribute : global::System.Attribute { public BlockAttribute(string s) { } }\n");
            sb.Append("    public static partial class Pages\n    {\n").AppendFormat(System.Globalization.CultureInfo.InvariantCulture, open, start);
            for (var i = start; i < Math.Min(start + 500, pages.Count); i++) CSharpText.AppendLiteralBody(sb, pages[i].Text);
            files.Add(sb.AppendFormat(System.Globalization.CultureInfo.InvariantCulture, close, start).Append("    }\n}\n").ToString());
        }
        return files;
    }

    private static List<(string HintName, string Text)> Generate(IReadOnlyList<SyntheticPage> pages)
    {
        var driver = InMemoryGenerator.Driver(pages).RunGenerators(InMemoryGenerator.Compilation("Consumer", []));
        return driver.GetRunResult().Results[0].GeneratedSources.Select(s => (s.HintName, Text: s.SourceText.ToString())).ToList();
    }
}
