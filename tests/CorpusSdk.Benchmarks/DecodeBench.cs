using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using CorpusSdk.Generator.Emit;
using CorpusSdk.Generator.Extraction;
using CorpusSdk.Generator.Model;
using CorpusSdk.Internal;

namespace CorpusSdk.Benchmarks;

/// <summary>
/// Run-time decoding alone, without a compile or an assembly load: the blocks the emitter would store are read with
/// the runtime's own decoder (CorpusBlock.FromStrings) and the report's quote query runs over freshly decoded articles.
/// Prints the first query (decodes every article) and the first access to one article, best and median of 7.
/// </summary>
public static class DecodeBench
{
    public static void Run(int count)
    {
        var results = SyntheticCorpus.Make(count).Select(p => ArticleExtractor.Extract(new PageInput("/corpus/" + p.FileName, p.Text, false, PageOverrides.None))).ToList();
        var corpus = CorpusBuilder.Build([.. results], GeneratorOptions.Default);
        var blocks = new List<(string Offsets, string Data)>();
        for (var start = 0; start < corpus.Articles.Count; start += CorpusEmitter.ArticlesPerBlock)
        {
            var block = DataBlock.Of(ArticleDataWriter.Articles(corpus, start, Math.Min(start + CorpusEmitter.ArticlesPerBlock, corpus.Articles.Count)));
            blocks.Add((block.Offsets, block.Data));
        }
        var peopleBlock = DataBlock.Of(ArticleDataWriter.People(corpus));
        var people = (peopleBlock.Offsets, peopleBlock.Data);
        Console.WriteLine($"{corpus.Articles.Count} articles in {blocks.Count} blocks ({blocks.Sum(b => (long)b.Data.Length) / 1048576.0:0.0} M chars), person table {corpus.People.Count} persons ({people.Data.Length / 1024.0:0} K chars)");

        int Query()
        {
            var table = CorpusData.People(CorpusBlock.FromStrings(people.Offsets, people.Data));
            var read = blocks.Select(b => CorpusBlock.FromStrings(b.Offsets, b.Data)).ToList();
            var (sw, n) = (Stopwatch.StartNew(), 0);
            for (var b = 0; b < read.Count; b++)
                for (var i = 0; i < CorpusData.ArticleCount(read[b]); i++)
                    n += CorpusData.DecodeArticle(read[b], i, table).Quotes.Count(q => q.SpeakerName != null || q.Text.Contains("plan"));
            s_ms = sw.Elapsed.TotalMilliseconds;
            return n;
        }
        double One()
        {
            var table = CorpusData.People(CorpusBlock.FromStrings(people.Offsets, people.Data));
            var block = CorpusBlock.FromStrings(blocks[0].Offsets, blocks[0].Data);
            var sw = Stopwatch.StartNew();
            _ = CorpusData.DecodeArticle(block, CorpusData.ArticleCount(block) / 2, table).Headline;
            return sw.Elapsed.TotalMilliseconds;
        }
        var (jitBefore, methodsBefore) = (System.Runtime.JitInfo.GetCompilationTime(), System.Runtime.JitInfo.GetCompiledMethodCount());
        Query();
        var coldMs = s_ms;
        var (jitMs, jitMethods) = ((System.Runtime.JitInfo.GetCompilationTime() - jitBefore).TotalMilliseconds, System.Runtime.JitInfo.GetCompiledMethodCount() - methodsBefore);
        One();
        var queries = new List<double>();
        var allocated = new List<long>();
        var matches = 0;
        var runs = int.TryParse(Environment.GetEnvironmentVariable("DECODE_RUNS"), out var r) ? r : 7;
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            var before = GC.GetAllocatedBytesForCurrentThread();
            matches = Query();
            queries.Add(s_ms);
            allocated.Add(GC.GetAllocatedBytesForCurrentThread() - before);
        }
        var ones = Enumerable.Range(0, 7).Select(_ => One()).ToList();
        Console.WriteLine($"quote query, first run in this process: {coldMs:0.0} ms (JIT: {jitMethods} methods, {jitMs:0.0} ms on all threads)");
        Console.WriteLine($"quote query, first run ({matches} match): best {queries.Min():0.0} ms, median {queries.OrderBy(x => x).ElementAt(runs / 2):0.0} ms; {allocated.Min() / 1048576.0:0.0} MB allocated (incl. reading the blocks)");
        Console.WriteLine($"one article: best {ones.Min() * 1000:0} µs, median {ones.OrderBy(x => x).ElementAt(3) * 1000:0} µs");
    }

    private static double s_ms;
}
