using System;
using System.Diagnostics;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using CorpusSdk.Generator.Extraction;
using CorpusSdk.Generator.Extraction.People;
using CorpusSdk.Generator.Model;

namespace CorpusSdk.Benchmarks;

/// <summary>
/// `resolve [N]`: extracts N synthetic pages, then times <see cref="CorpusPeopleResolver.Resolve"/> over them (best
/// of 3, after a warm-up) and prints a hash of every article's quotes and people and of the corpus persons, so a
/// change can be checked for identical output before and after.
/// </summary>
public static class ResolveBench
{
    public static void Run(int count)
    {
        var pages = SyntheticCorpus.Make(count);
        // RESOLVE_VARIANTS=1: also extract mutated copies of every page (apostrophes, spacing, commas, case), so the
        // hash covers more than the templates' exact spelling.
        var texts = pages.Select(p => (p.FileName, p.Text)).ToList();
        if (Environment.GetEnvironmentVariable("RESOLVE_VARIANTS") == "1")
        {
            var mutated = new System.Collections.Generic.List<(string, string)>();
            foreach (var (f, t) in texts)
            {
                mutated.Add(("a" + f, t.Replace('\'', '\u2019')));
                mutated.Add(("b" + f, t.Replace('\u2019', '\'').Replace('\u201c', '"').Replace('\u201d', '"')));
                mutated.Add(("c" + f, t.Replace(" ", "  ").Replace(", ", " ,\u00a0")));
                mutated.Add(("d" + f, t.Replace("said", "Said").Replace("Mr. ", "MR ").Replace("-", "\u2010")));
                mutated.Add(("e" + f, t.Replace(".", ". ").Replace(" the ", " The ").Replace("s ", "s’ ")));
            }
            texts.AddRange(mutated);
        }
        var articles = texts.Select(p => ArticleExtractor.Extract(new PageInput("/corpus/" + p.Item1, p.Item2, false, PageOverrides.None)).Article)
            .Where(a => a is not null).Select(a => a!).ToList();
        var sb = new StringBuilder();
        foreach (var a in articles)
        {
            sb.Append(a.Id).Append('\n');
            foreach (var q in a.Quotes) sb.Append("Q|").Append(q.Text).Append('|').Append(q.Speaker).Append('|').Append(q.SpeakerDescription).Append('|').Append(q.Partial).Append('|').Append(q.Paragraph).Append('\n');
            foreach (var p in a.People) sb.Append("P|").Append(p.Name).Append('|').Append(string.Join(";", p.Mentions)).Append('|').Append(string.Join(";", p.Titles)).Append('|').Append(p.Roles).Append('\n');
        }
        Console.WriteLine($"articles: {articles.Count}, extraction hash {Hash(sb.ToString())}");
        CorpusPeopleResolver.Resolve(articles.Take(200).ToList()); // warm up
        CorpusPeople? result = null;
        var best = double.MaxValue;
        for (var r = 0; r < 3; r++)
        {
            var sw = Stopwatch.StartNew();
            result = CorpusPeopleResolver.Resolve(articles);
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }
        var rb = new StringBuilder();
        foreach (var p in result!.Persons)
            rb.Append(p.Id).Append('|').Append(p.Name).Append('|').Append(string.Join(";", p.Aliases)).Append('|').Append(string.Join(";", p.ArticleIds)).Append('|').Append(string.Join(";", p.ArticleNames)).Append('\n');
        foreach (var c in result.IdCollisions) rb.Append("C|").Append(c).Append('\n');
        Console.WriteLine($"CorpusPeopleResolver.Resolve: {best:0.0} ms for {articles.Count} articles ({best * 1000 / articles.Count:0.0} µs per article); {result.Persons.Count} persons; hash {Hash(rb.ToString())}");
    }

    private static string Hash(string s)
    {
        using var sha = SHA256.Create();
        return BitConverter.ToString(sha.ComputeHash(Encoding.UTF8.GetBytes(s))).Replace("-", "").Substring(0, 16);
    }
}
