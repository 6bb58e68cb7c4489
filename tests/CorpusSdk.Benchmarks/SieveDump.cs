using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CorpusSdk.Generator.Extraction;
using CorpusSdk.Generator.Extraction.Page;
using CorpusSdk.Generator.Model;
using CorpusSdk.Generator.Reading;

namespace CorpusSdk.Benchmarks;

/// <summary>
/// Prints what every line sieve says about every line of a synthetic corpus (and of mutated copies of those lines),
/// and each page's extraction: run before and after a change to page parsing and diff the two outputs.
/// </summary>
public static class SieveDump
{
    public static void Run(int count, string path)
    {
        var pages = SyntheticCorpus.Make(count);
        var lines = pages.SelectMany(p => PageText.Parse(p.Text).Lines).Select(LineCleaner.Clean).Distinct().ToList();
        var random = new Random(7);
        string[] extras = { "•", "- ", "1. ", "©", "(c) 2008", "ſ", "K", "İ", "’", "”", "“", "\"", "…", "• ", "7", "٣", ".", ":", "/", "(", ")", "  ", "\u00A0", "principles.", "Trust Principles.", "video", "Photo: ", "REUTERS/", "19", "20", "by ", "By ", "from", "reserved", "may not be published", "Read more", "tags:", "2007", "\u212A", "\u0130" };
        var mutated = new List<string>();
        foreach (var l in lines)
            for (var k = 0; k < 3; k++)
            {
                var s = l;
                var e = extras[random.Next(extras.Length)];
                var at = random.Next(s.Length + 1);
                s = random.Next(3) switch { 0 => e + s, 1 => s + e, _ => s.Substring(0, at) + e + s.Substring(at) };
                if (random.Next(4) == 0) s = s.ToUpperInvariant();
                if (random.Next(4) == 0 && s.Length > 10) s = s.Substring(random.Next(s.Length / 2));
                mutated.Add(s);
            }
        using var w = new StreamWriter(path);
        foreach (var l in lines.Concat(mutated).Concat(extras))
        {
            w.Write(Show(l));
            w.Write('\t');
            w.Write(LineClassifier.WordCount(l)); w.Write(' ');
            w.Write(LineClassifier.IsProse(l) ? 'P' : '-');
            w.Write(Furniture.IsJunk(l) ? 'J' : '-');
            w.Write(Furniture.IsCopyright(l) ? 'C' : '-');
            w.Write(' '); w.Write(PublishedDateParser.ParseDateLine(l)?.ToIso() ?? "-");
            w.Write(' '); w.Write(string.Join("|", CreditLineParser.ParseCreditLine(l)?.Select(c => c.Role + ":" + c.Name) ?? []));
            w.Write(' '); w.Write(string.Join("|", CreditLineParser.ParseByline(l)?.Select(c => c.Role + ":" + c.Name) ?? []));
            w.Write(' '); w.Write(PhotoCredits.TrailingCredit(l) ?? "-");
            w.Write(' '); w.Write(LineClassifier.Classify(1, l).Kind);
            w.WriteLine();
        }
        foreach (var p in pages)
        {
            var a = ArticleExtractor.Extract(new PageInput("/corpus/" + p.FileName, p.Text, false, PageOverrides.None)).Article;
            if (a is null) { w.WriteLine("null"); continue; }
            w.WriteLine(string.Join(" # ", a.Id, a.Source, a.Published, a.Headline, a.Dateline, a.Paragraphs.Count, a.Subheadings.Count,
                string.Join("|", a.Captions.Select(c => c.Credit)), string.Join("|", a.Credits.Select(c => c.Name)), a.Quotes.Count, a.People.Count));
        }
    }

    private static string Show(string s) => s.Replace("\t", "\\t").Replace("\n", "\\n");
}
