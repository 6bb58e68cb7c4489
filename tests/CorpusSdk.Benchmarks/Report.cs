using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CorpusSdk.Generator.Emit;
using CorpusSdk.Generator.Extraction;
using CorpusSdk.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusSdk.Benchmarks;

/// <summary>
/// The one-command report: BenchmarkDotNet for the per-page micro parts, Stopwatch for the macro ones (builds,
/// assembly size, first access and queries on a loaded generated assembly), printed as one table with ratios and
/// PASS/FAIL against the targets. Timings are printed, never asserted: the exit code is 0 whatever they are.
/// </summary>
public sealed class Report
{
    private readonly List<string[]> _rows = [];
    private readonly int _buildSize;
    private readonly int _scaleSize;
    private readonly bool _micro;

    public Report(int buildSize, int scaleSize, bool micro)
    {
        _buildSize = buildSize;
        _scaleSize = scaleSize;
        _micro = micro;
    }

    public void Run()
    {
        var total = Stopwatch.StartNew();
        Console.WriteLine(Machine());
        // Run-time rows before BenchmarkDotNet: its DecodeArticle benchmark would warm the decoder up, and the rows
        // are about an app's first query, which meets the decoder cold.
        GeneratorMacro();
        // REPORT_GENERATOR_ONLY=1: only the generator-stage rows (for iterating on the generator's own cost).
        if (Environment.GetEnvironmentVariable("REPORT_GENERATOR_ONLY") == "1")
        {
            Print(total.Elapsed);
            return;
        }
        var assembly = Builds();
        RunTime(assembly);
        if (_micro)
        {
            Quiesce();
            MicroBenchmarks();
        }
        if (_scaleSize > 0) ScaleBuild();
        Print(total.Elapsed);
    }

    /// <summary>Only the run-time rows: one build of the corpus, then first access and the quote queries (for iterating on decoding).</summary>
    public void RunTimeOnly()
    {
        var total = Stopwatch.StartNew();
        _pages = SyntheticCorpus.Make(_buildSize);
        _oneId = OneId(_pages);
        RunTime(BuildWithGenerator(_pages, UserCode(_oneId)).Assembly);
        Print(total.Elapsed);
    }

    public static string Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?"
            : RuntimeInformation.ProcessArchitecture.ToString();
        var load = File.Exists("/proc/loadavg") ? "; load average " + string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "";
        return $"Machine: {Environment.ProcessorCount} cores (nproc), {cpu}; {RuntimeInformation.FrameworkDescription}; {RuntimeInformation.OSDescription}; Roslyn {typeof(CSharpCompilation).Assembly.GetName().Version}{load}";
    }

    private void Row(string measure, string value, string baseline = "", string ratio = "", string target = "", bool? pass = null)
    {
        _rows.Add([measure, value, baseline, ratio, target, pass is null ? "" : pass.Value ? "PASS" : "FAIL"]);
        Console.WriteLine($"  {measure}: {value} {baseline} {ratio} {target} {(pass is null ? "" : pass.Value ? "PASS" : "FAIL")}");
    }

    private static string Ms(double ms) => ms >= 100 ? ms.ToString("N0", CultureInfo.InvariantCulture) + " ms" : ms.ToString("0.###", CultureInfo.InvariantCulture) + " ms";

    private static string Us(double ms) => (ms * 1000).ToString("0.#", CultureInfo.InvariantCulture) + " µs";

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("0.00", CultureInfo.InvariantCulture) + " MB";

    private static string X(double ratio) => ratio.ToString(ratio >= 10 ? "0" : "0.00", CultureInfo.InvariantCulture) + "x";

    private static double Time(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var sw = Stopwatch.StartNew();
        action();
        return sw.Elapsed.TotalMilliseconds;
    }

    /// <summary>
    /// Waits (up to 30 s) until the tiered JIT has stopped recompiling in the background for half a second: after a
    /// build in this process it keeps promoting the compiler's hot methods for a while, on one of the two cores, which
    /// would slow whatever is timed next. An app running its first query has no such backlog. Returns the wait in ms.
    /// </summary>
    private static double Quiesce()
    {
        var sw = Stopwatch.StartNew();
        var count = System.Runtime.JitInfo.GetCompiledMethodCount();
        var stableSince = sw.Elapsed;
        while (sw.Elapsed.TotalSeconds < 30 && (sw.Elapsed - stableSince).TotalMilliseconds < 500)
        {
            System.Threading.Thread.Sleep(50);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now != count) (count, stableSince) = (now, sw.Elapsed);
        }
        return sw.Elapsed.TotalMilliseconds;
    }

    private static double Median(IEnumerable<double> values)
    {
        var v = values.OrderBy(x => x).ToArray();
        return v[v.Length / 2];
    }

    // ---- micro: BenchmarkDotNet, in process, short runs -------------------------------------------------------

    private void MicroBenchmarks()
    {
        Console.WriteLine("BenchmarkDotNet (in-process, short run): per page / per article ...");
        var logPath = Path.Combine(Path.GetTempPath(), "corpussdk-benchmarks.log");
        using var log = new StreamLogger(logPath);
        var config = ManualConfig.CreateEmpty()
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(6).WithIterationCount(8))
            .AddLogger(log)
            .AddColumnProvider(BenchmarkDotNet.Columns.DefaultColumnProviders.Instance)
            .AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "corpussdk-bdn"))
            .WithOptions(ConfigOptions.DisableLogFile);
        var summary = BenchmarkRunner.Run<Micro>(config);
        double Mean(string name) => summary.Reports.First(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == name).ResultStatistics!.Mean / 1e6;
        double Alloc(string name) => summary.Reports.First(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == name).GcStats.GetBytesAllocatedPerOperation(summary.Reports.First(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == name).BenchmarkCase) ?? 0;
        var extract = Mean(nameof(Micro.ExtractPage));
        var build = Mean(nameof(Micro.BuildCorpus));
        var emit = Mean(nameof(Micro.EmitCorpus));
        var decode = Mean(nameof(Micro.DecodeArticle));
        Row("BDN: extract one 4 KB page (ArticleExtractor)", Us(extract), "", "", "", null);
        Row("BDN: corpus step per article (CorpusBuilder)", Us(build));
        Row("BDN: emit per article (CorpusEmitter)", Us(emit));
        var perPage = extract + build + emit;
        Row("BDN: generator per 4 KB page (extract + build + emit)", Ms(perPage), "", "", "<= 0.5 ms", perPage <= 0.5);
        Row("BDN: decode one article at run time (CorpusData)", Us(decode), $"{Alloc(nameof(Micro.DecodeArticle)) / 1024:0.0} KB allocated");
    }

    // ---- generator macro: extraction + corpus + emission, Stopwatch ---------------------------------------------

    private void GeneratorMacro()
    {
        Console.WriteLine("Generator stages (Stopwatch) ...");
        // Steady state, as in the compiler server that hosts the generator: warm the JIT up, then let tiering finish.
        var warm = SyntheticCorpus.Make(1000);
        for (var i = 0; i < 3; i++) Generate(warm);
        Quiesce();
        // The per-run methods (CorpusBuilder.Build, CorpusPeopleResolver.Resolve, CorpusEmitter.Emit and its Articles /
        // People / Sources, ...) run once per corpus, so the three runs above leave them in tier-0 code: with tiered PGO
        // a method needs ~30 calls at tier 0, then ~30 more in its instrumented tier, before it gets optimised code.
        // A compiler server that has run the generator for a few dozen builds has them optimised; without this the
        // one-page rows timed tier-0 code (corpus step and emission 0.15-0.28 ms each; 0.04-0.06 ms with
        // DOTNET_TieredCompilation=0). Two rounds of 100 small runs, each followed by Quiesce, take them past both.
        var small = SyntheticCorpus.Make(3).Select(p => new PageInput("/corpus/" + p.FileName, p.Text, false, PageOverrides.None)).ToList();
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < 100; i++)
                _ = CorpusEmitter.Emit(CorpusBuilder.Build(small.Select(ArticleExtractor.Extract).ToImmutableArray(), GeneratorOptions.Default)).Sum(s => (long)s.Source.Length);
            Quiesce();
        }
        foreach (var n in new[] { 1, 100, 1000, 10000 })
        {
            var pages = SyntheticCorpus.Make(n);
            // Small corpora are timed several times (median): one run of one page is mostly timer and GC noise.
            var runs = Enumerable.Range(0, Math.Max(1, Math.Min(15, 1000 / n))).Select(_ => Generate(pages)).ToList();
            double MedianOf(Func<(double Extract, double Build, double Emit, long Chars), double> stage) => Median(runs.Select(stage));
            var (extract, build, emit, chars) = (MedianOf(r => r.Extract), MedianOf(r => r.Build), MedianOf(r => r.Emit), runs[0].Chars);
            var perPage = (extract + build + emit) / n;
            Row($"Generator, {n:N0} article(s): extract / build / emit{(runs.Count > 1 ? $" (median of {runs.Count})" : "")}", $"{Ms(extract)} / {Ms(build)} / {Ms(emit)}", $"{Mb(chars)} C#", "", "", null);
            Row($"Generator per 4 KB page, {n:N0} article(s)", Ms(perPage), "", "", "<= 0.5 ms", perPage <= 0.5);
        }
    }

    private static (double Extract, double Build, double Emit, long Chars) Generate(IReadOnlyList<SyntheticPage> pages)
    {
        var inputs = pages.Select(p => new PageInput("/corpus/" + p.FileName, p.Text, false, PageOverrides.None)).ToList();
        ImmutableArray<PageResult> results = default;
        CorpusModel corpus = null!;
        long chars = 0;
        // One forced GC before the run, then the three stages back to back, as the generator driver runs them. A GC
        // before each stage (as Time() does) leaves the caches cold for every stage: the driver does no such thing
        // between extraction and the corpus step, and for a one-page corpus that inflated the corpus step and emission
        // several times over their steady-state cost (`fixedcost` measures ~30-45 µs each with no GC before them,
        // ~60-100 µs with a full GC before each; in this report 0.2-0.28 ms). The GC before extraction stays, so the
        // run still starts cold, as a compiler server's generator run does after the rest of the compilation.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var sw = Stopwatch.StartNew();
        results = inputs.Select(ArticleExtractor.Extract).ToImmutableArray();
        var extract = sw.Elapsed.TotalMilliseconds;
        corpus = CorpusBuilder.Build(results, GeneratorOptions.Default);
        var build = sw.Elapsed.TotalMilliseconds - extract;
        chars = CorpusEmitter.Emit(corpus).Sum(s => (long)s.Source.Length);
        var emit = sw.Elapsed.TotalMilliseconds - extract - build;
        return (extract, build, emit, chars);
    }

    // ---- builds: consumer compilation with the generator vs bare u8 literals ------------------------------------

    private static string UserCode(string oneId) => $$"""
        using System.Collections.Generic;
        using System.Linq;
        using Corpus;
        using CorpusSdk;

        public static class BenchQueries
        {
            public static string FirstAccess() => Articles.{{oneId}}.Headline ?? "";
            public static int QuoteQuery() => Articles.All.SelectMany(a => a.Quotes).Count(q => q.SpeakerName != null || q.Text.Contains("plan"));
            public static int Paragraphs() => Articles.All.Sum(a => a.Paragraphs.Count);
            public static IReadOnlyList<Article> All() => Articles.All;
        }
        """;

    /// <summary>The floor: one <c>static ReadOnlySpan&lt;byte&gt; PageN =&gt; "..."u8;</c> per page, 500 a file, no generator.</summary>
    private static List<SyntaxTree> FloorTrees(IReadOnlyList<SyntheticPage> pages)
        => FloorSources(pages).Select(s => CSharpSyntaxTree.ParseText(s, InMemoryGenerator.Parse)).ToList();

    public static List<string> FloorSources(IReadOnlyList<SyntheticPage> pages)
    {
        var trees = new List<string>();
        for (var start = 0; start < pages.Count; start += 500)
        {
            var sb = new StringBuilder("namespace Floor\n{\n    public static partial class Pages\n    {\n");
            for (var i = start; i < Math.Min(start + 500, pages.Count); i++)
            {
                sb.Append("        public static global::System.ReadOnlySpan<byte> Page").Append(i).Append(" => \"");
                CSharpText.AppendLiteralBody(sb, pages[i].Text);
                sb.Append("\"u8;\n");
            }
            sb.Append("    }\n}\n");
            trees.Add(sb.ToString());
        }
        return trees;
    }

    private static (double Ms, byte[] Assembly) BuildFloor(IReadOnlyList<SyntheticPage> pages)
    {
        byte[] bytes = [];
        var ms = Time(() =>
        {
            var compilation = InMemoryGenerator.Compilation("Floor", FloorTrees(pages));
            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            if (!result.Success) throw new InvalidOperationException("floor: " + string.Join("\n", result.Diagnostics.Take(5)));
            bytes = stream.ToArray();
        });
        return (ms, bytes);
    }

    /// <summary>Of the last <see cref="BuildWithGenerator"/>: the generator run (driver, including extraction) alone.</summary>
    private static double s_generatorMs;

    private static (double Ms, byte[] Assembly) BuildWithGenerator(IReadOnlyList<SyntheticPage> pages, string userCode)
    {
        byte[] bytes = [];
        var ms = Time(() =>
        {
            var generator = Stopwatch.StartNew();
            var compilation = InMemoryGenerator.Run(pages, userCode, out var generatorDiagnostics);
            s_generatorMs = generator.Elapsed.TotalMilliseconds;
            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            if (!result.Success)
                throw new InvalidOperationException("consumer: " + string.Join("\n", generatorDiagnostics.Concat(result.Diagnostics).Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
            bytes = stream.ToArray();
        });
        return (ms, bytes);
    }

    private static string OneId(IReadOnlyList<SyntheticPage> pages)
    {
        var page = pages[pages.Count / 2];
        return ArticleExtractor.Extract(new PageInput("/corpus/" + page.FileName, page.Text, false, PageOverrides.None)).Article!.Id;
    }

    private IReadOnlyList<SyntheticPage> _pages = [];
    private string _oneId = "";

    private byte[] Builds()
    {
        Console.WriteLine($"Consumer builds, {_buildSize:N0} articles (Roslyn in-process, Emit to memory) ...");
        var warm = SyntheticCorpus.Make(100);
        BuildFloor(warm);
        BuildWithGenerator(warm, UserCode(OneId(warm)));

        _pages = SyntheticCorpus.Make(_buildSize);
        _oneId = OneId(_pages);
        var textBytes = _pages.Sum(p => (long)Encoding.UTF8.GetByteCount(p.Text));
        var floor = new List<double>();
        var full = new List<double>();
        var generatorRuns = new List<double>();
        byte[] floorAssembly = [], assembly = [];
        for (var i = 0; i < 2; i++)
        {
            var f = BuildFloor(_pages);
            floor.Add(f.Ms);
            floorAssembly = f.Assembly;
            var g = BuildWithGenerator(_pages, UserCode(_oneId));
            full.Add(g.Ms);
            generatorRuns.Add(s_generatorMs);
            assembly = g.Assembly;
        }
        var floorMs = floor.Min();
        var fullMs = full.Min();
        var generatorMs = generatorRuns[full.IndexOf(fullMs)];
        Row($"Consumer build, {_buildSize:N0} articles (generator + compile + emit; best of 2)", Ms(fullMs), $"u8 floor {Ms(floorMs)}", X(fullMs / floorMs), "<= 1.5x floor", fullMs / floorMs <= 1.5);
        Row("  of which the generator run (driver: extraction, corpus, emission)", Ms(generatorMs), $"compile + emit {Ms(fullMs - generatorMs)}", X((fullMs - generatorMs) / floorMs) + " floor", "", null);
        Row($"Assembly size, {_buildSize:N0} articles", Mb(assembly.Length), $"text {Mb(textBytes)} (floor dll {Mb(floorAssembly.Length)})", X(assembly.Length / (double)textBytes), "<= 1.3x text", assembly.Length / (double)textBytes <= 1.3);
        return assembly;
    }

    private void ScaleBuild()
    {
        Console.WriteLine($"Scale build, {_scaleSize:N0} articles ...");
        var pages = SyntheticCorpus.Make(_scaleSize);
        var textBytes = pages.Sum(p => (long)Encoding.UTF8.GetByteCount(p.Text));
        try
        {
            var (ms, assembly) = BuildWithGenerator(pages, UserCode(OneId(pages)));
            Row($"Consumer build, {_scaleSize:N0} articles (no CS8103)", Ms(ms), $"text {Mb(textBytes)}", "", "builds", true);
            Row($"Assembly size, {_scaleSize:N0} articles", Mb(assembly.Length), $"text {Mb(textBytes)}", X(assembly.Length / (double)textBytes), "<= 1.3x text", assembly.Length / (double)textBytes <= 1.3);
        }
        catch (InvalidOperationException e)
        {
            Row($"Consumer build, {_scaleSize:N0} articles", "FAILED: " + e.Message.Split('\n')[0], "", "", "builds", false);
        }
    }

    // ---- run time: first access and a LINQ query over all quotes --------------------------------------------------

    private sealed class Loaded(AssemblyLoadContext context, Type queries)
    {
        public AssemblyLoadContext Context { get; } = context;
        public Func<string> FirstAccess { get; } = queries.GetMethod("FirstAccess")!.CreateDelegate<Func<string>>();
        public Func<int> QuoteQuery { get; } = queries.GetMethod("QuoteQuery")!.CreateDelegate<Func<int>>();
        public Func<int> Paragraphs { get; } = queries.GetMethod("Paragraphs")!.CreateDelegate<Func<int>>();
        public Func<IReadOnlyList<Article>> All { get; } = queries.GetMethod("All")!.CreateDelegate<Func<IReadOnlyList<Article>>>();
    }

    private static Loaded Load(byte[] assembly)
    {
        var context = new AssemblyLoadContext("corpus-" + Guid.NewGuid(), isCollectible: true);
        context.Resolving += (_, name) => name.Name == "CorpusSdk" ? typeof(Article).Assembly : null;
        using var stream = new MemoryStream(assembly);
        return new Loaded(context, context.LoadFromStream(stream).GetType("BenchQueries")!);
    }

    private void RunTime(byte[] assembly)
    {
        Console.WriteLine($"Run time, {_buildSize:N0} articles (generated assembly loaded in an AssemblyLoadContext) ...");
        var first = new List<double>();
        var cold = new List<double>();
        var warm = new List<double>();
        var quotes = 0;
        List<ArticleDto> dtos = [];
        for (var i = 0; i < 3; i++)
        {
            var loaded = Load(assembly);
            first.Add(Time(() => loaded.FirstAccess()));
            var settle = Quiesce();
            var (g0, g1, g2, jit) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), System.Runtime.JitInfo.GetCompilationTime());
            cold.Add(Time(() => quotes = loaded.QuoteQuery()));
            if (Environment.GetEnvironmentVariable("RUNTIME_DETAIL") == "1")
                Console.WriteLine($"  load {i}: waited {settle:0} ms for the JIT to settle; first query {cold[^1]:0.0} ms, GCs {GC.CollectionCount(0) - g0}/{GC.CollectionCount(1) - g1}/{GC.CollectionCount(2) - g2} (gen 0/1/2, incl. 2 forced), JIT {(System.Runtime.JitInfo.GetCompilationTime() - jit).TotalMilliseconds:0.0} ms");
            warm.Add(Time(() => loaded.QuoteQuery()));
            if (i == 0) dtos = loaded.All().Select(ArticleDto.From).ToList();
            loaded.Context.Unload();
        }

        // (a) extracting the pages at run time with the generator's own extraction code.
        var inputs = _pages.Select(p => new PageInput("/corpus/" + p.FileName, p.Text, false, PageOverrides.None)).ToList();
        var one = inputs[inputs.Count / 2];
        var extractOne = Median(Enumerable.Range(0, 5).Select(_ => Time(() => ArticleExtractor.Extract(one))));
        var extractedQuotes = 0;
        var extractAll = Time(() => extractedQuotes = inputs.Select(p => ArticleExtractor.Extract(p).Article).Where(a => a is not null)
            .SelectMany(a => a!.Quotes).Count(q => q.Speaker != null || q.Text.Contains("plan")));

        // (b) deserialising the extracted corpus with System.Text.Json (source-generated), then the same query.
        var json = JsonSerializer.SerializeToUtf8Bytes(dtos, CorpusJsonContext.Default.ListArticleDto);
        var jsonQuotes = 0;
        var jsonTimes = Enumerable.Range(0, 3).Select(_ => Time(() =>
            jsonQuotes = JsonSerializer.Deserialize(json, CorpusJsonContext.Default.ListArticleDto)!
                .SelectMany(a => a.Quotes).Count(q => q.SpeakerName != null || q.Text.Contains("plan")))).ToList();
        var jsonMs = Median(jsonTimes);

        var firstMs = Median(first);
        var coldMs = Median(cold);
        var warmMs = Median(warm);
        var quoteCount = dtos.Sum(d => d.Quotes.Count);
        Row("First access to one article (fresh load; median of 3)", Ms(firstMs), $"extract that page at run time {Ms(extractOne)}", X(extractOne / firstMs), "", null);
        Row($"Quote query over {_buildSize:N0} articles, first run (decodes all; {quoteCount:N0} quotes, {quotes:N0} match)", Ms(coldMs), "", "", "", null);
        Row("Quote query, later runs (articles kept)", Ms(warmMs), "", "", "", null);
        Row("Query vs extracting every page at run time", Ms(coldMs), $"extract + query {Ms(extractAll)} ({extractedQuotes:N0} match)", X(extractAll / coldMs), ">= 100x", extractAll / coldMs >= 100);
        Row("Query vs System.Text.Json deserialisation", Ms(coldMs), $"deserialise {Mb(json.Length)} + query {Ms(jsonMs)} ({jsonQuotes:N0} match)", X(jsonMs / coldMs), ">= 5x", jsonMs / coldMs >= 5);
    }

    private void Print(TimeSpan elapsed)
    {
        string[] header = ["Measure", "Value", "Baseline", "Ratio", "Target", "Result"];
        var widths = header.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        string Line(string[] cells) => "| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |";
        Console.WriteLine();
        Console.WriteLine(Machine());
        Console.WriteLine($"Synthetic pages of ~{SyntheticCorpus.TargetLength / 1000} KB (tests/CorpusSdk.Benchmarks/SyntheticCorpus.cs); report took {elapsed.TotalSeconds:0} s.");
        Console.WriteLine();
        Console.WriteLine(Line(header));
        Console.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
        foreach (var row in _rows) Console.WriteLine(Line(row));
    }
}
