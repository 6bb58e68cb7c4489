using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using CorpusSdk.Generator.Emit;
using CorpusSdk.Generator.Extraction;
using CorpusSdk.Generator.Model;

namespace CorpusSdk.Benchmarks;

/// <summary>
/// `fixedcost [reps]`: the per-corpus fixed cost of the generator. After a warm-up (three 1,000-page runs), times
/// extract / build / emit of a 1-article corpus <c>reps</c> times (default 2,000) in each of three modes (no forced GC;
/// a full GC before each stage; one full GC before the run, stages back to back), two rounds, and prints min / median /
/// p90 per stage. The first round also takes the once-per-corpus methods through tiering (they need ~60 calls).
/// FIXEDCOST_STAGE=extract|build|emit instead loops that one stage <c>reps</c> times with no GC (for perf record);
/// with FIXEDCOST_COLD=1 it first evicts the CPU caches before each rep (touches 8 MB), as the rest of a compilation
/// does: a profile of the cold stage, where code and data come from memory; FIXEDCOST_COLD=gc forces a full GC
/// before each rep instead, as the report's 1-page row does.
/// </summary>
public static class FixedCost
{
    private static readonly string[] Modes = ["no GC", "full GC before each stage", "full GC before the run"];

    public static void Run(int reps)
    {
        var warm = SyntheticCorpus.Make(1000);
        for (var i = 0; i < 3; i++) Once(Inputs(warm), 0);
        var one = Inputs(SyntheticCorpus.Make(1));
        var stage = Environment.GetEnvironmentVariable("FIXEDCOST_STAGE");
        if (!string.IsNullOrEmpty(stage))
        {
            var res = one.Select(ArticleExtractor.Extract).ToImmutableArray();
            var model = CorpusBuilder.Build(res, GeneratorOptions.Default);
            var cold = Environment.GetEnvironmentVariable("FIXEDCOST_COLD") == "1";
            var gc = Environment.GetEnvironmentVariable("FIXEDCOST_COLD") == "gc";
            var timed = TimeSpan.Zero;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            for (var r = 0; r < reps; r++)
            {
                if (cold) EvictCaches();
                if (gc) FullGc();
                var sw = Stopwatch.StartNew();
                if (stage == "build") CorpusBuilder.Build(res, GeneratorOptions.Default);
                else if (stage == "emit") CorpusEmitter.Emit(model).Sum(s => (long)s.Source.Length);
                else one.Select(ArticleExtractor.Extract).ToImmutableArray();
                timed += sw.Elapsed;
            }
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            Console.WriteLine($"{stage}{(cold ? " (cold caches)" : gc ? " (after a full GC)" : "")}: {timed.TotalMilliseconds * 1000 / reps:0.0} µs each, {allocated / 1024.0 / reps:0.0} KB allocated");
            return;
        }
        for (var round = 0; round < 2; round++)
            for (var mode = 0; mode < Modes.Length; mode++)
            {
                var (e, b, m) = (new List<double>(), new List<double>(), new List<double>());
                for (var r = 0; r < reps; r++)
                {
                    var (x, y, z) = Once(one, mode);
                    e.Add(x); b.Add(y); m.Add(z);
                }
                Console.WriteLine($"round {round} {Modes[mode],-27} extract {S(e)} | build {S(b)} | emit {S(m)} | sum of medians {Med(e) + Med(b) + Med(m):0.000} ms");
            }
    }

    private static List<PageInput> Inputs(IReadOnlyList<SyntheticPage> pages)
        => pages.Select(p => new PageInput("/corpus/" + p.FileName, p.Text, false, PageOverrides.None)).ToList();

    private static double Med(List<double> v) => v.OrderBy(x => x).ElementAt(v.Count / 2);

    private static string S(List<double> v)
    {
        var s = v.OrderBy(x => x).ToList();
        return $"min {s[0]:0.000} med {s[s.Count / 2]:0.000} p90 {s[s.Count * 9 / 10]:0.000}";
    }

    private static readonly byte[] Eviction = new byte[8 << 20];

    /// <summary>Writes one byte per cache line of an 8 MB buffer: L1 and L2 (and much of L3) then hold it, not our code and data.</summary>
    private static void EvictCaches()
    {
        for (var i = 0; i < Eviction.Length; i += 64) Eviction[i]++;
    }

    private static void FullGc()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static double T(Action a, bool gc)
    {
        if (gc) FullGc();
        var sw = Stopwatch.StartNew();
        a();
        return sw.Elapsed.TotalMilliseconds;
    }

    /// <summary>mode 0: no GC; 1: a full GC before each stage (as Report.Time); 2: one before extraction only.</summary>
    private static (double, double, double) Once(List<PageInput> inputs, int mode)
    {
        ImmutableArray<PageResult> results = default;
        CorpusModel corpus = null!;
        var e = T(() => results = inputs.Select(ArticleExtractor.Extract).ToImmutableArray(), mode >= 1);
        var b = T(() => corpus = CorpusBuilder.Build(results, GeneratorOptions.Default), mode == 1);
        var m = T(() => CorpusEmitter.Emit(corpus).Sum(s => (long)s.Source.Length), mode == 1);
        return (e, b, m);
    }
}
