using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using CorpusSdk.Generator.Extraction;
using CorpusSdk.Generator.Extraction.Page;
using CorpusSdk.Generator.Extraction.People;
using CorpusSdk.Generator.Extraction.Quotes;
using CorpusSdk.Generator.Model;
using CorpusSdk.Generator.Reading;

namespace CorpusSdk.Benchmarks;

/// <summary>
/// Where extraction time goes: each line sieve of LineClassifier timed alone over every line of a synthetic corpus,
/// in µs per 4 KB page. A rough Stopwatch split for finding hot spots, not a benchmark.
/// </summary>
public static class Profile
{
    public static void Run(int count)
    {
        var pages = SyntheticCorpus.Make(count);
        var lines = pages.SelectMany(p => PageText.Parse(p.Text).Lines).ToList();
        var cleaned = lines.Select(LineCleaner.Clean).ToList();
        var inputs = pages.Select(p => new PageInput("/corpus/" + p.FileName, p.Text, false, PageOverrides.None)).ToList();
        var parsed = pages.Select(p => PageParser.Parse(PageText.Parse(p.Text))).ToList();
        var quoted = parsed.Select(p => QuoteExtractor.Extract(p.Paragraphs)).ToList();
        var spansOf = parsed.Select(p => QuoteMarks.Scan(p.Paragraphs, new List<PageDiagnostic>())).ToList();
        ParagraphText[] TextsOf(int i)
        {
            var ps = parsed[i].Paragraphs;
            var texts = new ParagraphText[ps.Count];
            for (var p = 0; p < ps.Count; p++) texts[p] = ParagraphText.Build(ps[p].Text, p, spansOf[i]);
            return texts;
        }
        var textsOf = Enumerable.Range(0, parsed.Count).Select(TextsOf).ToList();
        var steps = new List<(string Name, Action Action)>
        {
            ("ArticleExtractor.Extract (all)", () => { foreach (var i in inputs) ArticleExtractor.Extract(i); }),
            ("Parse + quotes + people (composed)", () => { foreach (var p in pages) { var pp = PageParser.Parse(PageText.Parse(p.Text)); var q = QuoteExtractor.Extract(pp.Paragraphs); ArticlePeopleFinder.Find(pp.Paragraphs, pp.Captions, pp.Credits, q.Quotes); } }),
            ("QuoteExtractor.Extract", () => { foreach (var p in parsed) QuoteExtractor.Extract(p.Paragraphs); }),
            ("  QuoteMarks.Scan", () => { foreach (var p in parsed) QuoteMarks.Scan(p.Paragraphs, new List<PageDiagnostic>()); }),
            ("  SingleQuoteMarks.Scan", () => { foreach (var p in parsed) SingleQuoteMarks.Scan(p.Paragraphs); }),
            ("  ParagraphText.Build (every paragraph)", () => { for (var i = 0; i < parsed.Count; i++) TextsOf(i); }),
            ("    Tokens.Split (every paragraph)", () => { foreach (var pp in parsed) foreach (var para in pp.Paragraphs) Tokens.Split(para.Text, 0, para.Text.Length); }),
            ("  QuoteAttributor (every quote)", () => { for (var i = 0; i < textsOf.Count; i++) { var at = new QuoteAttributor(textsOf[i], spansOf[i], new PersonIndex(textsOf[i])); for (var q = 0; q < spansOf[i].Count; q++) { at.Attribute(q); at.IsTitle(q); } } }),
            ("  PersonIndex (new)", () => { foreach (var t in textsOf) new PersonIndex(t); }),
            ("ArticlePeopleFinder.Find", () => { for (var i = 0; i < parsed.Count; i++) ArticlePeopleFinder.Find(parsed[i].Paragraphs, parsed[i].Captions, parsed[i].Credits, quoted[i].Quotes); }),
            ("PageParser.Parse", () => { foreach (var p in pages) PageParser.Parse(PageText.Parse(p.Text)); }),
            ("PageText.Parse", () => { foreach (var p in pages) PageText.Parse(p.Text); }),
            ("LineCleaner.Clean", () => { foreach (var l in lines) LineCleaner.Clean(l); }),
            ("LineClassifier.Classify", () => { var n = 0; foreach (var l in cleaned) LineClassifier.Classify(++n, l); }),
            ("  LineClassifier.WordCount", () => { foreach (var l in cleaned) LineClassifier.WordCount(l); }),
            ("  SourceDetector.FromSourceLine", () => { foreach (var l in cleaned) SourceDetector.FromSourceLine(l); }),
            ("  Furniture.IsLogo", () => { foreach (var l in cleaned) Furniture.IsLogo(l); }),
            ("  Furniture.IsJunk", () => { foreach (var l in cleaned) Furniture.IsJunk(l); }),
            ("  Furniture.IsCopyright", () => { foreach (var l in cleaned) Furniture.IsCopyright(l); }),
            ("  PublishedDateParser.ParseDateLine", () => { foreach (var l in cleaned) PublishedDateParser.ParseDateLine(l); }),
            ("  CreditLineParser.ParseCreditLine", () => { foreach (var l in cleaned) CreditLineParser.ParseCreditLine(l); }),
            ("  CreditLineParser.ParseByline", () => { foreach (var l in cleaned) CreditLineParser.ParseByline(l); }),
            ("  PhotoCredits.IsStandalone", () => { foreach (var l in cleaned) PhotoCredits.IsStandalone(l); }),
            ("  PhotoCredits.TrailingCredit", () => { foreach (var l in cleaned) PhotoCredits.TrailingCredit(l); }),
            ("  LineClassifier.IsProse", () => { foreach (var l in cleaned) LineClassifier.IsProse(l); }),
        };
        // PROFILE_REGEX=1: every static Regex of the page-parsing classes run alone over every cleaned line (an upper
        // bound of what each costs per page when no prefilter stops it).
        if (Environment.GetEnvironmentVariable("PROFILE_REGEX") == "1")
            foreach (var type in typeof(PageParser).Assembly.GetTypes().Where(t => t.Namespace == typeof(PageParser).Namespace))
                foreach (var field in type.GetFields(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public))
                    if (field.GetValue(null) is System.Text.RegularExpressions.Regex regex)
                        steps.Add(($"  regex {type.Name}.{field.Name}", () => { foreach (var l in cleaned) regex.IsMatch(l); }));
        // PROFILE_ONLY=text keeps the steps whose name contains it; PROFILE_RUNS=n times each n times (more samples for a trace).
        if (Environment.GetEnvironmentVariable("PROFILE_ONLY") is { Length: > 0 } only) steps = steps.Where(s => s.Name.Contains(only, StringComparison.Ordinal)).ToList();
        var runs = int.TryParse(Environment.GetEnvironmentVariable("PROFILE_RUNS"), out var r) && r >= 3 ? r : 3;
        // Process CPU time is less sensitive to a busy machine than wall time, but it includes GC and JIT threads.
        Console.WriteLine($"{count} pages, {lines.Count} lines; µs per page (median of {runs}), KB allocated per page, fastest run, process CPU time:");
        // Warm every step first (tiered JIT), then time each.
        foreach (var (_, action) in steps) action();
        foreach (var (_, action) in steps) action();
        foreach (var (name, action) in steps)
        {
            var cpu = new List<double>();
            var times = Enumerable.Range(0, runs).Select(_ =>
            {
                var process = Process.GetCurrentProcess();
                var cpuBefore = process.TotalProcessorTime;
                var sw = Stopwatch.StartNew();
                action();
                var elapsed = sw.Elapsed.TotalMilliseconds * 1000 / count;
                process.Refresh();
                cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds * 1000 / count);
                return elapsed;
            }).OrderBy(x => x).ToList();
            cpu.Sort();
            var before = GC.GetAllocatedBytesForCurrentThread();
            action();
            var kb = (GC.GetAllocatedBytesForCurrentThread() - before) / 1024.0 / count;
            Console.WriteLine($"  {name,-40} {times[runs / 2],8:0.0} {kb,8:0.0} KB   min {times[0],8:0.0}   cpu {cpu[runs / 2],8:0.0}");
        }
    }
}
