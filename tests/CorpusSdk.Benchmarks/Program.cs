using System;
using System.Linq;
using CorpusSdk.Generator.Extraction;
using CorpusSdk.Generator.Model;

namespace CorpusSdk.Benchmarks;

public static class Program
{
    public static int Main(string[] args)
    {
        var command = args.Length > 0 ? args[0] : "report";
        switch (command)
        {
            case "report":
                new Report(
                    Option(args, "--build", 10000),
                    Option(args, "--scale", 20000),
                    !args.Contains("--no-micro")).Run();
                return 0;
            case "runtime":
                new Report(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10000, 0, false).RunTimeOnly();
                return 0;
            case "decode":
                DecodeBench.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10000);
                return 0;
            case "profile":
                Profile.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 300);
                return 0;
            case "buildsplit":
                BuildSplit.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000);
                return 0;
            case "sievedump":
                SieveDump.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2]);
                return 0;
            case "resolve":
                ResolveBench.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10000);
                return 0;
            case "fixedcost":
                FixedCost.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000);
                return 0;
            case "sample":
                Sample(args.Length > 1 ? int.Parse(args[1]) : 8);
                return 0;
            default:
                Console.Error.WriteLine("usage: report [--build N (10000)] [--scale N (20000, 0 to skip)] [--no-micro] | runtime [N] | decode [N] | profile [N] | resolve [N] | buildsplit [N] | fixedcost [reps] | sample [N]");
                return 2;
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    }

    private static void Sample(int count)
    {
        var pages = SyntheticCorpus.Make(count);
        foreach (var p in pages)
        {
            var result = ArticleExtractor.Extract(new PageInput("/corpus/" + p.FileName, p.Text, false, PageOverrides.None));
            var a = result.Article;
            Console.WriteLine($"{p.FileName} {p.Text.Length} chars: {(a is null ? "NO ARTICLE" : $"{a.Id} src={a.Source} pub={a.Published} head={a.Headline} dl={a.Dateline} paras={a.Paragraphs.Count} caps={a.Captions.Count} credits={a.Credits.Count} quotes={a.Quotes.Count}")} diags={string.Join(",", result.Diagnostics.Select(d => d.Id))}");
        }
        Console.WriteLine("---- first page ----");
        Console.WriteLine(pages[0].Text);
        Console.WriteLine("---- fourth page ----");
        Console.WriteLine(pages[Math.Min(3, pages.Count - 1)].Text);
    }
}
