using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using CorpusSdk;
using CorpusSdk.Fuzz;
using CorpusSdk.Generator.Emit;
using CorpusSdk.Generator.Extraction;
using CorpusSdk.Generator.Model;
using CorpusSdk.Internal;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

// Soak: N hostile pages (random wire pages with nasty fields, random lines, mutated seeds) through the fast path
// (ArticleExtractor per page, CorpusBuilder and CorpusEmitter per batch), every batch compiled as one compilation,
// and every emitted article decoded back and compared with its model.
//   dotnet run -c Release --project tests/CorpusSdk.Soak -- [cases=100000] [batch=1000] [seed=1]
//   dotnet run -c Release --project tests/CorpusSdk.Soak -- big     (times a 10 MB page through each stage)
if (args.Length > 0 && args[0] == "big") return BigPage.Run();
var cases = args.Length > 0 ? int.Parse(args[0]) : 100_000;
var batchSize = args.Length > 1 ? int.Parse(args[1]) : 1000;
var seed = args.Length > 2 ? ulong.Parse(args[2]) : 1UL;

var seeds = LoadSeeds();
var gen = FuzzPages.AnyPage(seeds);
var references = Basic.Reference.Assemblies.Net80.References.All.Append(MetadataReference.CreateFromFile(typeof(Article).Assembly.Location)).ToArray();
var parse = new CSharpParseOptions(LanguageVersion.Latest);
var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

long done = 0, exceptions = 0, internalErrors = 0, compileFailures = 0, compiledCases = 0, mismatches = 0, articles = 0;
string? firstProblem = null;
var clock = Stopwatch.StartNew();
var batches = (cases + batchSize - 1) / batchSize;

Parallel.For(0, batches, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, b =>
{
    var count = Math.Min(batchSize, cases - b * batchSize);
    var pcg = new PCG((uint)b, seed);
    var results = new List<PageResult>(count);
    var texts = new Dictionary<string, string>();
    for (var i = 0; i < count; i++)
    {
        var path = $"/soak/b{b}/p{i}.txt";
        var text = gen.Generate(pcg, null, out _);
        texts[path] = text;
        try
        {
            var r = ArticleExtractor.Extract(new PageInput(path, text, false, PageOverrides.None));
            if (r.Diagnostics.Any(d => d.Id == "CSDK000")) { Interlocked.Increment(ref internalErrors); Note($"CSDK000 on {path}: {string.Join(", ", r.Diagnostics.First(d => d.Id == "CSDK000").Arguments)}"); }
            results.Add(r);
        }
        catch (Exception ex) { Interlocked.Increment(ref exceptions); Note($"extract threw on {path}: {ex}"); }
    }
    Interlocked.Add(ref done, count);

    (string HintName, string Source)[] sources;
    CorpusModel corpus;
    try
    {
        corpus = CorpusBuilder.Build(results.ToImmutableArray(), GeneratorOptions.Default);
        sources = CorpusEmitter.Emit(corpus).ToArray();
    }
    catch (Exception ex) { Interlocked.Add(ref exceptions, 1); Note($"corpus step threw on batch {b}: {ex}"); return; }

    var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Source, parse, s.HintName)).ToArray();
    var errors = CSharpCompilation.Create("Soak" + b, trees, references, options).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
    if (errors.Count > 0) { Interlocked.Add(ref compileFailures, count); Note($"batch {b} does not compile: {errors[0]}"); }
    else Interlocked.Add(ref compiledCases, count);

    // Every emitted string equals the model's: decode the u8 literals the compiler will store with the runtime's decoder.
    try
    {
        var emitted = GeneratedData.Decode(trees);
        Interlocked.Add(ref articles, emitted.Count);
        var byId = corpus.Articles.ToDictionary(a => a.Article.Id, a => a.Article);
        var models = results.Where(r => r.Article is not null).ToDictionary(r => r.Article!.FileName + "|" + r.Path, r => r.Article!);
        if (emitted.Count != byId.Count) { Interlocked.Increment(ref mismatches); Note($"batch {b}: {emitted.Count} articles emitted, {byId.Count} in the model"); }
        foreach (var a in emitted)
        {
            var m = byId[a.Id];
            var same = m.FileName == a.File && m.Source == a.Source.Name && m.Headline == a.Headline && m.Dateline == a.Dateline
                && m.Paragraphs.Select(p => p.Text).SequenceEqual(a.Paragraphs) && m.Subheadings.SequenceEqual(a.Subheadings)
                && m.Captions.Select(c => (c.Text, c.Credit)).SequenceEqual(a.Captions.Select(c => (c.Text, c.Credit)))
                && m.Credits.Select(c => ((int)c.Role, c.Name)).SequenceEqual(a.Credits.Select(c => ((int)c.Role, c.Name)))
                && m.Quotes.Select(q => (q.Text, q.Speaker, q.SpeakerDescription)).SequenceEqual(a.Quotes.Select(q => (q.Text, q.SpeakerName, q.SpeakerDescription)))
                && PublishedDate.Parse(m.Published).Equals(a.Published);
            if (!same) { Interlocked.Increment(ref mismatches); Note($"batch {b}: article {a.Id} differs from its model"); }
        }
    }
    catch (Exception ex) { Interlocked.Increment(ref mismatches); Note($"batch {b}: decoding failed: {ex.Message}"); }

    if (b % 10 == 0) Console.Error.WriteLine($"  {Interlocked.Read(ref done)} cases, {clock.Elapsed.TotalSeconds:F0} s");
});

Console.WriteLine($"cases: {done}");
Console.WriteLine($"exceptions: {exceptions + internalErrors} (thrown: {exceptions}, CSDK000 reported: {internalErrors})");
Console.WriteLine($"compile failures: {compileFailures} (cases compiled: {compiledCases}, in {batches} compilations of up to {batchSize} pages)");
Console.WriteLine($"round-trip mismatches: {mismatches} (articles emitted and compared: {articles})");
Console.WriteLine($"time: {clock.Elapsed.TotalSeconds:F1} s on {Environment.ProcessorCount} cores");
if (firstProblem is not null) Console.WriteLine("first problem: " + firstProblem);
return exceptions + internalErrors + compileFailures + mismatches == 0 ? 0 : 1;

void Note(string problem) => Interlocked.CompareExchange(ref firstProblem, problem, null);

static IReadOnlyList<string> LoadSeeds()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "CorpusSdk.sln")))
            return Directory.GetFiles(Path.Combine(dir.FullName, "seeds"), "*.txt").OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText).ToList();
    return [];
}
