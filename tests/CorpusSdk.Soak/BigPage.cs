using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using CorpusSdk.Generator.Emit;
using CorpusSdk.Generator.Extraction;
using CorpusSdk.Generator.Model;

/// <summary>Times a 10 MB page (many paragraphs) and a 10 MB single line through extraction and emission.</summary>
internal static class BigPage
{
    private const string Header = "Acme Wire logo\nPort officials seize record haul of counterfeit medicine\nJune 3, 2011 / 6:12 AM\n\n";
    private const string Para = "VALLETTA (Reuters) - Customs officers seized more than two tonnes of fake antibiotics at the main container port on Friday, the largest such haul on record, officials said.\n\n";

    public static int Run()
    {
        var sb = new StringBuilder(Header, 10_100_000);
        while (sb.Length < 10_000_000) sb.Append(Para);
        Time("10 MB page, many paragraphs", sb.ToString());
        Time("10 MB page, one line", Header + "The " + string.Concat(Enumerable.Repeat("officials said the port was busy, ", 10_000_000 / 34)) + "end.\n");
        return 0;
    }

    private static void Time(string name, string text)
    {
        for (var run = 1; run <= 3; run++)
        {
            var clock = Stopwatch.StartNew();
            var page = ArticleExtractor.Extract(new PageInput("/big.txt", text, false, PageOverrides.None));
            var extract = clock.Elapsed;
            clock.Restart();
            var corpus = CorpusBuilder.Build(ImmutableArray.Create(page), GeneratorOptions.Default);
            var bytes = CorpusEmitter.Emit(corpus).Sum(s => (long)s.Source.Length);
            var emit = clock.Elapsed;
            Console.WriteLine($"{name} ({text.Length / 1_000_000.0:F1} M chars), run {run}: extract {extract.TotalMilliseconds:F0} ms ({page.Article?.Paragraphs.Count ?? 0} paragraphs), build + emit {emit.TotalMilliseconds:F0} ms ({bytes / 1_000_000.0:F1} M chars of C#)");
        }
    }
}
