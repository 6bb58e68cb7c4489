using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusSdk.Benchmarks;

/// <summary>Which generated files cost compile time: compiles subsets of the generated sources (re-parsed) against the floor.</summary>
public static class BuildSplit
{
    public static void Run(int count)
    {
        var pages = SyntheticCorpus.Make(count);
        var driver = InMemoryGenerator.Driver(pages).RunGenerators(InMemoryGenerator.Compilation("Consumer", []));
        var sources = driver.GetRunResult().Results[0].GeneratedSources.Select(s => (s.HintName, Text: s.SourceText.ToString())).ToList();
        var floor = Report.FloorSources(pages);
        var variants = new List<(string Name, IReadOnlyList<string> Texts, DocumentationMode Docs)>
        {
            ("floor (u8 literal per page)", floor, DocumentationMode.Parse),
            ("all generated", sources.Select(s => s.Text).ToList(), DocumentationMode.Parse),
            ("all generated, doc comments not parsed", sources.Select(s => s.Text).ToList(), DocumentationMode.None),
            ("data files only", sources.Where(s => s.HintName.Contains(".Data", StringComparison.Ordinal)).Select(s => s.Text).ToList(), DocumentationMode.Parse),
        };
        for (var round = 0; round < 2; round++)
            foreach (var (name, texts, docs) in variants)
            {
                GC.Collect();
                var sw = Stopwatch.StartNew();
                var parse = InMemoryGenerator.Parse.WithDocumentationMode(docs);
                var compilation = InMemoryGenerator.Compilation("Split", texts.Select(t => CSharpSyntaxTree.ParseText(t, parse)));
                using var stream = new MemoryStream();
                var result = compilation.Emit(stream);
                Console.WriteLine($"{round} {name,-45} {sw.ElapsedMilliseconds,6} ms  {stream.Length / 1048576.0:0.00} MB  ok={result.Success}");
            }
    }
}
