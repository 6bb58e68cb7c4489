using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using CorpusSdk.Generator.Emit;

namespace CorpusSdk.Benchmarks;

/// <summary>Which generated files cost compile time: compiles subsets of the generated sources (re-parsed) against the floor.</summary>
public static class BuildSplit
{
    public static int Rounds = 3;

    public static void Run(int count)
    {
        var pages = SyntheticCorpus.Make(count);
        var sources = Generate(pages, CorpusEmitter.ArticlesPerBlock, CSharpText.RawNonAscii);
        var floor = Report.FloorSources(pages);
        foreach (var (hint, text) in sources) Console.WriteLine($"  {hint,-30} {text.Length / 1048576.0:0.00} M chars, {text.Split('\n').Length} lines");
        static List<string> Data(List<(string HintName, string Text)> s) => s.Where(x => x.HintName.Contains(".Data", StringComparison.Ordinal)).Select(x => x.Text).ToList();
        var variants = new List<(string Name, IReadOnlyList<string> Texts, DocumentationMode Docs)>
        {
            ("floor (u8 literal per page)", floor, DocumentationMode.Parse),
            ("all generated", sources.Select(s => s.Text).ToList(), DocumentationMode.Parse),
            ("all generated, doc comments not parsed", sources.Select(s => s.Text).ToList(), DocumentationMode.None),
            ("Articles.g.cs + People.g.cs + Sources.g.cs (no data)", sources.Where(s => !s.HintName.Contains(".Data", StringComparison.Ordinal)).Select(s => s.Text).ToList(), DocumentationMode.Parse),
            ("Articles.g.cs only", sources.Where(s => s.HintName == "Articles.g.cs").Select(s => s.Text).ToList(), DocumentationMode.Parse),
        };
        var dataRaw = Environment.GetEnvironmentVariable("BUILDSPLIT_EXPERIMENTS") == "1" ? Data(Generate(pages, 500, true)) : [];
        if (dataRaw.Count > 0) variants.Add(("experiment: data 500 raw, Index arrays empty", dataRaw.Select(t => System.Text.RegularExpressions.Regex.Replace(t, @"Index(\d+)\(\) => new byte\[\]\s*\{[^}]*\};", "Index$1() => default;")).ToList(), DocumentationMode.Parse));
        if (dataRaw.Count > 0) variants.Add(("experiment: data 500 raw, U+001F as '|'", dataRaw.Select(t => t.Replace("\\u001F", "|").Replace("\\u0010", "~")).ToList(), DocumentationMode.Parse));
        if (dataRaw.Count > 0) variants.Add(("experiment: data 500 raw, ASCII only", dataRaw.Select(t => new string(t.Select(c => c > '~' ? 'x' : c).ToArray())).ToList(), DocumentationMode.Parse));
        if (dataRaw.Count > 0) variants.Add(("experiment: data 500 raw, U+001F raw", dataRaw.Select(t => t.Replace("\\u001F", "\u001F")).ToList(), DocumentationMode.Parse));
        var layouts = (Environment.GetEnvironmentVariable("BUILDSPLIT_LAYOUTS") ?? "500e,500,100,50")
            .Split(',').Select(x => (int.Parse(x.TrimEnd('e'), System.Globalization.CultureInfo.InvariantCulture), !x.EndsWith('e')));
        foreach (var (perBlock, raw) in layouts)
        {
            var texts = Data(Generate(pages, perBlock, raw));
            variants.Add(($"data files, {perBlock}/literal, {(raw ? "raw" : "escaped")} ({texts.Sum(t => t.Length) / 1048576.0:0.0} M chars)", texts, DocumentationMode.Parse));
        }
        variants.Add(("floor again (order check)", floor, DocumentationMode.Parse));
        if (dataRaw.Count > 0)
        {
            var floorAsData = new List<string>();
            for (var start = 0; start < pages.Count; start += 500)
            {
                var sb = new System.Text.StringBuilder("namespace Floor\n{\n    public static partial class Pages\n    {\n        private static global::System.ReadOnlySpan<byte> Data" + start + "() => \"");
                for (var i = start; i < Math.Min(start + 500, pages.Count); i++) CSharpText.AppendLiteralBody(sb, pages[i].Text);
                floorAsData.Add(sb.Append("\"u8;\n    }\n}\n").ToString());
            }
            variants.Add(("experiment: floor pages, 500 per literal", floorAsData, DocumentationMode.Parse));
            var floorAsAttributes = new List<string>();
            for (var start = 0; start < pages.Count; start += 500)
            {
                var sb = new System.Text.StringBuilder("namespace Floor\n{\n    internal sealed class BlockAttribute : global::System.Attribute { public BlockAttribute(int n, string s) { } }\n    public static partial class Pages\n    {\n        [Block(" + start + ", \"");
                for (var i = start; i < Math.Min(start + 500, pages.Count); i++) CSharpText.AppendLiteralBody(sb, pages[i].Text);
                floorAsAttributes.Add(sb.Append("\")]\n        private static class B" + start + " { }\n    }\n}\n").ToString());
            }
            floorAsAttributes[0] = floorAsAttributes[0].Replace("internal sealed class BlockAttribute", "internal sealed class BlockAttribute", StringComparison.Ordinal);
            for (var i = 1; i < floorAsAttributes.Count; i++) floorAsAttributes[i] = floorAsAttributes[i].Replace("    internal sealed class BlockAttribute : global::System.Attribute { public BlockAttribute(int n, string s) { } }\n", "", StringComparison.Ordinal);
            variants.Add(("experiment: floor pages, 500 per attribute string", floorAsAttributes, DocumentationMode.Parse));
            variants.Add(("experiment: data files with literals emptied", dataRaw.Select(t => System.Text.RegularExpressions.Regex.Replace(t, "=> \"[^\n]*\"u8;", "=> \"\"u8;")).ToList(), DocumentationMode.Parse));
        }
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
                Console.Write($"parse {parsed} bind {bound - parsed} emit {ms - bound} alloc {(GC.GetTotalAllocatedBytes() - allocated) / 1048576} MB gen2 {GC.CollectionCount(2) - gen2}  ");
                best[name] = best.TryGetValue(name, out var b) ? Math.Min(b, ms) : ms;
                Console.WriteLine($"{round} {name,-60} {ms,6} ms  {stream.Length / 1048576.0:0.00} MB  ok={result.Success}");
            }
        Console.WriteLine("Best of 3:");
        foreach (var (name, ms) in best) Console.WriteLine($"  {name,-60} {ms,6} ms  {(double)ms / best[variants[0].Name]:0.00}x floor");
    }

    private static List<(string HintName, string Text)> Generate(IReadOnlyList<SyntheticPage> pages, int perBlock, bool raw)
    {
        var (savedBlock, savedRaw) = (CorpusEmitter.ArticlesPerBlock, CSharpText.RawNonAscii);
        try
        {
            CorpusEmitter.ArticlesPerBlock = perBlock;
            CSharpText.RawNonAscii = raw;
            var driver = InMemoryGenerator.Driver(pages).RunGenerators(InMemoryGenerator.Compilation("Consumer", []));
            return driver.GetRunResult().Results[0].GeneratedSources.Select(s => (s.HintName, Text: s.SourceText.ToString())).ToList();
        }
        finally
        {
            (CorpusEmitter.ArticlesPerBlock, CSharpText.RawNonAscii) = (savedBlock, savedRaw);
        }
    }
}
