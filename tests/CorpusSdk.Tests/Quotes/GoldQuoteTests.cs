using System.Text;
using System.Text.Json;
using CorpusSdk.Generator.Extraction.Quotes;
using CorpusSdk.Generator.Model;
using Xunit.Abstractions;

namespace CorpusSdk.Tests.Quotes;

/// <summary>
/// Scores the extractor against the hand annotation in ../shared/eval/gold/seeds.json (relative to the folder of
/// CorpusSdk.sln). Skipped, with a message, when that folder is not on this machine.
/// </summary>
public class GoldQuoteTests
{
    private readonly ITestOutputHelper _out;

    public GoldQuoteTests(ITestOutputHelper output) => _out = output;

    internal static string? GoldPath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CorpusSdk.sln"))) dir = dir.Parent;
        if (dir?.Parent is null) return null;
        var path = Path.Combine(dir.Parent.FullName, "shared", "eval", "gold", "seeds.json");
        return File.Exists(path) ? path : null;
    }

    internal static string Norm(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            var d = c switch
            {
                '“' or '”' or '„' or '«' or '»' => '"',
                '‘' or '’' => '\'',
                '—' or '–' => '-',
                _ => char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c),
            };
            if (d == ' ' && sb.Length > 0 && sb[^1] == ' ') continue;
            sb.Append(d);
        }
        return sb.ToString().Trim(' ', '"', '\'', ',', '.', ';', ':', '-');
    }

    internal static bool TextMatches(string gold, string found)
    {
        var a = Norm(gold);
        var b = Norm(found);
        if (a == b) return true;
        if (a.Length == 0 || b.Length == 0) return false;
        var (longer, shorter) = a.Length >= b.Length ? (a, b) : (b, a);
        return longer.Contains(shorter, StringComparison.Ordinal) && shorter.Length >= 0.9 * longer.Length;
    }

    private static string NameNorm(string s) => Norm(s).Replace("’", "'");

    private static string LastKey(string name)
    {
        var n = NameNorm(name);
        var last = n.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        foreach (var p in new[] { "al-", "el-" })
            if (last.StartsWith(p, StringComparison.Ordinal)) last = last[p.Length..];
        return last;
    }

    /// <summary>Full names equal, or the article's spelling variant: same surname (particle stripped) and more than one word.</summary>
    internal static bool SpeakerMatches(string? gold, IEnumerable<string> alternates, string? found)
    {
        if (gold is null) return found is null;
        if (found is null) return false;
        foreach (var g in alternates.Prepend(gold))
        {
            if (NameNorm(g) == NameNorm(found)) return true;
            var fParts = NameNorm(found).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var gParts = NameNorm(g).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fParts.Length >= 2 && gParts.Length >= 2 && fParts.Length == gParts.Length && LastKey(g) == LastKey(found)) return true;
        }
        return false;
    }

    [SkippableFact]
    public void Gold_quotes_f1_and_attribution()
    {
        var path = GoldPath();
        Skip.If(path is null, "needs ../shared/eval/gold/seeds.json beside the repository (the gold annotations); not in a plain clone");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        int goldCount = 0, foundCount = 0, matched = 0, attributedOk = 0;
        foreach (var article in doc.RootElement.GetProperty("articles").EnumerateArray())
        {
            var file = article.GetProperty("file").GetString();
            var paras = article.GetProperty("paragraphs").EnumerateArray()
                .Select((p, i) => new ParagraphModel(p.GetString()!, i + 1)).ToList();
            var result = QuoteExtractor.Extract(paras);
            var found = result.Quotes.ToList();
            foundCount += found.Count;
            var used = new bool[found.Count];
            foreach (var g in article.GetProperty("quotes").EnumerateArray())
            {
                goldCount++;
                var text = g.GetProperty("text").GetString()!;
                var speaker = g.TryGetProperty("speaker", out var sp) && sp.ValueKind == JsonValueKind.String ? sp.GetString() : null;
                var alts = g.TryGetProperty("speakerAlternates", out var al) ? al.EnumerateArray().Select(x => x.GetString()!).ToList() : new List<string>();
                var k = found.FindIndex(f => !used[found.IndexOf(f)] && TextMatches(text, f.Text));
                if (k < 0)
                {
                    _out.WriteLine($"MISS   {file}: \"{text}\"");
                    continue;
                }
                used[k] = true;
                matched++;
                var f = found[k];
                if (SpeakerMatches(speaker, alts, f.Speaker)) attributedOk++;
                else _out.WriteLine($"SPEAKER {file}: \"{Trunc(text)}\" gold={speaker ?? "null"} got={f.Speaker ?? "null"} ({f.SpeakerDescription})");
                var partial = g.TryGetProperty("partial", out var pa) && pa.GetBoolean();
                if (partial != f.Partial) _out.WriteLine($"PARTIAL {file}: \"{Trunc(text)}\" gold={partial} got={f.Partial}");
            }
            foreach (var q in found)
                _out.WriteLine($"  found {file} p{q.Paragraph}: \"{Trunc(q.Text)}\" speaker={q.Speaker ?? "null"} desc={q.SpeakerDescription ?? "null"} partial={q.Partial}");
            for (var i = 0; i < found.Count; i++)
                if (!used[i]) _out.WriteLine($"EXTRA  {file}: \"{found[i].Text}\" ({found[i].Speaker})");
            foreach (var d in result.Diagnostics) _out.WriteLine($"DIAG   {file}: {d.Id} {d.Line}:{d.Column} {string.Join(",", d.Arguments)}");
        }
        var precision = foundCount == 0 ? 0 : (double)matched / foundCount;
        var recall = goldCount == 0 ? 0 : (double)matched / goldCount;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var attribution = matched == 0 ? 0 : (double)attributedOk / matched;
        _out.WriteLine($"gold={goldCount} found={foundCount} matched={matched} P={precision:F3} R={recall:F3} F1={f1:F3} attribution={attribution:F3} ({attributedOk}/{matched})");
        Assert.True(f1 >= 0.95, $"quote F1 {f1:F3} < 0.95");
        Assert.True(attribution >= 0.90, $"attribution {attribution:F3} < 0.90");
    }

    private static string Trunc(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
