using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CorpusSdk.Generator.Extraction.People;
using CorpusSdk.Generator.Model;
using Xunit.Abstractions;

namespace CorpusSdk.Tests.People;

/// <summary>
/// Runs the people finder and resolver over the hand-annotated seed articles (shared eval folder, outside the repo)
/// and scores them the way /work/shared/eval/score.py does: people F1 per article by alias, merge F1 over
/// cross-article pairs of the corpus names.
/// </summary>
public class GoldPeopleTests(ITestOutputHelper output)
{
    private static string? GoldPath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CorpusSdk.sln"))) dir = dir.Parent;
        if (dir?.Parent is null) return null;
        var path = Path.Combine(dir.Parent.FullName, "shared", "eval", "gold", "seeds.json");
        return File.Exists(path) ? path : null;
    }

    private static string Norm(string? s)
    {
        if (s is null) return "";
        s = s.Normalize(NormalizationForm.FormKC);
        s = Regex.Replace(s, "[\u00ad\u200b-\u200d\u2060\ufeff]", "");
        s = Regex.Replace(s, "[\u2018\u2019\u02bc\u02bb`\u00b4]", "'");
        s = Regex.Replace(s, "[\u201c\u201d\u201e\u00ab\u00bb]", "\"");
        s = Regex.Replace(s, "[\u2013\u2014]", "-");
        s = Regex.Replace(s, @"\s+", " ");
        return s.Trim(' ', '\t', '"', '\'', ',', '.', ';', ':').ToLowerInvariant();
    }

    private static string NameKeyOf(string s) => Regex.Replace(Norm(s), "^(the|al-)", "");

    private static IReadOnlyList<string> Strings(JsonElement e) =>
        e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <param name="surnameSpeakers">
    /// Also run with every quote speaker cut to its last word, as a quote extractor may give it ("Doe" for
    /// "Jane Doe"), to check the speaker contract and the figures do not depend on full speaker names.
    /// </param>
    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void Seeds_people_and_merge_f1(bool surnameSpeakers)
    {
        var path = GoldPath();
        Skip.If(path is null, "needs ../shared/eval/gold/seeds.json beside the repository (the gold annotations); not in a plain clone");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;

        var aliases = new Dictionary<string, HashSet<string>>();
        foreach (var p in root.GetProperty("people").EnumerateArray())
        {
            var canon = Str(p, "name")!;
            foreach (var al in Strings(p.GetProperty("aliases")).Append(canon))
            {
                var k = NameKeyOf(al);
                if (!aliases.TryGetValue(k, out var set)) aliases[k] = set = [];
                set.Add(canon);
            }
        }

        var articles = new List<ArticleModel>();
        var goldPeople = new Dictionary<string, HashSet<string>>();
        var goldTitles = new Dictionary<(string, string), IReadOnlyList<string>>();
        var files = new Dictionary<string, string>();
        foreach (var a in root.GetProperty("articles").EnumerateArray())
        {
            var id = Str(a, "id")!;
            var file = Str(a, "file")!;
            files[id] = file;
            var line = 1;
            var paragraphs = Strings(a.GetProperty("paragraphs")).Select(t => new ParagraphModel(t, line++)).ToList();
            var captions = a.GetProperty("captions").EnumerateArray()
                .Select(c => new CaptionModel(Str(c, "text") ?? "", Str(c, "credit"), line++)).ToList();
            var credits = a.GetProperty("credits").EnumerateArray().Select(c => new CreditModel(
                Str(c, "role") switch { "reporting" => CreditKind.Reporting, "editing" => CreditKind.Editing, "photo" => CreditKind.Photo, _ => CreditKind.Author },
                Str(c, "name") ?? "")).ToList();
            var quotes = a.GetProperty("quotes").EnumerateArray().Select(q => new QuoteModel(
                Str(q, "text") ?? "", Str(q, "speaker"), Str(q, "speakerDescription"),
                q.TryGetProperty("partial", out var pa) && pa.ValueKind == JsonValueKind.True, 0, 1)).ToList();
            if (surnameSpeakers)
                quotes = quotes.Select(q => q.Speaker is null ? q : q with { Speaker = q.Speaker.Split(' ')[^1] }).ToList();
            // Quotes carry the line of the paragraph holding their text.
            quotes = quotes.Select(q => q with { Line = paragraphs.FirstOrDefault(p => p.Text.Contains(q.Text[..Math.Min(20, q.Text.Length)]))?.Line ?? 1 }).ToList();
            var people = ArticlePeopleFinder.Find(paragraphs, captions, credits, quotes);
            ContractHolds(quotes, people);
            articles.Add(new ArticleModel(id, file, "", "", null, null, paragraphs.ToEquatableArray(), EquatableArray<string>.Empty,
                captions.ToEquatableArray(), credits.ToEquatableArray(), quotes.ToEquatableArray(), people));
            goldPeople[id] = a.GetProperty("people").EnumerateArray().Select(p => Str(p, "name")!).ToHashSet();
            foreach (var gp in a.GetProperty("people").EnumerateArray())
                goldTitles[(id, Str(gp, "name")!)] = gp.TryGetProperty("titles", out var tt) ? Strings(tt) : [];
        }

        var corpus = CorpusPeopleResolver.Resolve(articles);
        var canonicalOf = new Dictionary<(string, string), string>();
        foreach (var p in corpus.Persons)
            for (var i = 0; i < p.ArticleIds.Count; i++)
                canonicalOf[(p.ArticleIds[i], p.ArticleNames[i])] = p.Name;

        int tp = 0, fp = 0, fn = 0, titleHits = 0, titleGold = 0;
        var occ = new SortedDictionary<(string File, string Gold), string>();
        foreach (var a in articles)
        {
            var gold = goldPeople[a.Id];
            var matched = new HashSet<string>();
            foreach (var x in a.People)
            {
                var cands = new HashSet<string>();
                foreach (var n in x.Mentions.Prepend(x.Name))
                    if (aliases.TryGetValue(NameKeyOf(n), out var set)) cands.UnionWith(set);
                cands.IntersectWith(gold);
                cands.ExceptWith(matched);
                if (cands.Count > 0)
                {
                    var n = cands.OrderBy(c => c, StringComparer.Ordinal).First();
                    matched.Add(n);
                    tp++;
                    occ[(a.FileName, n)] = canonicalOf[(a.Id, x.Name)];
                    // Titles are informational: a gold title counts as found when a predicted title ends with it.
                    foreach (var gt in goldTitles[(a.Id, n)])
                    {
                        titleGold++;
                        if (x.Titles.Any(t => t.EndsWith(gt, StringComparison.OrdinalIgnoreCase))) titleHits++;
                        else output.WriteLine($"{a.FileName}: title not found for {n}: {gt} (got: {string.Join(", ", x.Titles)})");
                    }
                }
                else
                {
                    fp++;
                    output.WriteLine($"{a.FileName}: spurious person: {x.Name} [{string.Join(", ", x.Mentions)}]");
                }
            }
            foreach (var n in gold.Except(matched))
            {
                fn++;
                output.WriteLine($"{a.FileName}: missed person: {n}");
            }
        }

        var keys = occ.Keys.ToList();
        int sameGold = 0, samePred = 0, both = 0;
        for (var i = 0; i < keys.Count; i++)
            for (var j = i + 1; j < keys.Count; j++)
            {
                if (keys[i].File == keys[j].File) continue;
                var sg = keys[i].Gold == keys[j].Gold;
                var sp = Norm(occ[keys[i]]) == Norm(occ[keys[j]]);
                if (sg) sameGold++;
                if (sp) samePred++;
                if (sg && sp) both++;
                if (sg && !sp) output.WriteLine($"not merged: {keys[i].Gold}: {occ[keys[i]]} in {keys[i].File} vs {occ[keys[j]]} in {keys[j].File}");
                if (sp && !sg) output.WriteLine($"wrongly merged: {keys[i].Gold} and {keys[j].Gold} as {occ[keys[i]]}");
            }
        static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
        var pp = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var pr = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var mp = samePred == 0 ? 1 : (double)both / samePred;
        var mr = sameGold == 0 ? 1 : (double)both / sameGold;
        var peopleF1 = F1(pp, pr);
        var mergeF1 = F1(mp, mr);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"people_f1={peopleF1:F3} (p={pp:F3} r={pr:F3} tp={tp} fp={fp} fn={fn}) merge_f1={mergeF1:F3} titles_found={titleHits}/{titleGold}"));
        foreach (var p in corpus.Persons)
            output.WriteLine($"  {p.Id}: {p.Name} [{string.Join(", ", p.Aliases)}] in {string.Join(", ", p.ArticleIds)}");
        Assert.True(peopleF1 >= 0.90, $"people F1 {peopleF1:F3} < 0.90");
        Assert.Equal(1.0, mergeF1, 6);
    }

    private static void ContractHolds(IReadOnlyList<QuoteModel> quotes, EquatableArray<ArticlePersonModel> people)
    {
        foreach (var q in quotes)
        {
            if (q.Speaker is null) continue;
            var owners = people.Where(p => p.Name == q.Speaker || p.Mentions.Contains(q.Speaker)).ToList();
            Assert.True(owners.Count == 1, $"speaker {q.Speaker} owned by {owners.Count} people");
            Assert.True((owners[0].Roles & RoleFlags.Quoted) != 0);
        }
    }
}
