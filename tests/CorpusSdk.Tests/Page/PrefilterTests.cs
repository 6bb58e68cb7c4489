using System.Reflection;
using System.Text.RegularExpressions;
using CorpusSdk.Generator.Extraction.Page;

namespace CorpusSdk.Tests.Page;

/// <summary>
/// The page sieves' prefilters never say "no" where their regex would match: on random lines made of the words the
/// regexes look for, separators and the non-ASCII letters IgnoreCase folds to ASCII, every match passes the prefilter.
/// </summary>
public class PrefilterTests
{
    private static readonly string[] Fragments =
    {
        "Photo", "photo", "PHOTO", "photograph", "Photographs", "image", "IMAGE", "picture", "credit", "credits", "s", ":", " : ",
        "/", " / ", "(", ")", "AP", "AFP", "Reuters", "REUTERS", "Jane Doe", "Acme", "Lee", "by", "By", "from", "reporting",
        "Reporting", "additional", "writing", "written", "Edited", "compiled", "graphics", "illustrated", "trust", "principles",
        "Principles.", "skip", "to", "main", "content", "share", "this", "article", "more", "read", "logo", "gallery", "1", "12",
        "of", ".", ",", "!", "?", "“", "”", "’", "…", "•", "-", "*", "\u212A", "\u017F", "\u0130", "\u0131", "é", "Ph\u0130to",
        " ", "  ", "\u00A0", "\t", "x", "the", "harbour", "said",
    };

    private static IEnumerable<string> RandomLines(int seed, int count)
    {
        var random = new Random(seed);
        for (var n = 0; n < count; n++)
        {
            var parts = new string[random.Next(1, 10)];
            for (var i = 0; i < parts.Length; i++) parts[i] = Fragments[random.Next(Fragments.Length)];
            yield return string.Join(random.Next(3) == 0 ? "" : " ", parts).Trim();
        }
    }

    private static Regex RegexOf(Type type, string name) => (Regex)type.GetField(name, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

    private static Func<string, bool> Prefilter(Type type, string name)
        => type.GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static, [typeof(string)])!.CreateDelegate<Func<string, bool>>();

    [Fact]
    public void Junk_prefilter_passes_every_line_the_regex_matches()
    {
        var junk = RegexOf(typeof(Furniture), "Junk");
        var cannotBeJunk = Prefilter(typeof(Furniture), "CannotBeJunk");
        var matched = 0;
        foreach (var t in RandomLines(11, 200000).Concat(["Skip to main content", "view the photo gallery", "Photo 1 of 12", "The Trust Principles", "Our Standards: The Trust Principles."]))
        {
            if (!junk.IsMatch(t)) continue;
            matched++;
            Assert.False(cannotBeJunk(t), t);
        }
        Assert.True(matched > 100, $"{matched} matches");
    }

    [Fact]
    public void Photo_by_credit_prefilter_passes_every_line_the_regex_matches()
    {
        var photoBy = RegexOf(typeof(PageLineRules), "PhotoByCredit");
        var mayEndWithPhotoCredit = Prefilter(typeof(PageLineRules), "MayEndWithPhotoCredit");
        string[] words =
        [
            "Photo", "photo", "PHOTOS", "photograph", "picture", "Pictures", "image", "images", "illustration", "by", "By", "courtesy",
            "courtesy of", "Courtesy Of", "Gazette", "Jane Doe", "Acme", "the", "city", "said", "(", ")", "(", ")", ".", ". ", "!", "?",
            ",", "/", "\n", " ", "  ", "\t", "\u00A0", "\u212A", "\u017F", "\u0130", "é", "ph\u0130to", "x",
        ];
        var random = new Random(13);
        var matched = 0;
        for (var n = 0; n < 300000; n++)
        {
            var parts = new string[random.Next(1, 12)];
            for (var i = 0; i < parts.Length; i++) parts[i] = words[random.Next(words.Length)];
            var t = string.Join(random.Next(4) == 0 ? "" : " ", parts);
            if (!photoBy.IsMatch(t)) continue;
            matched++;
            Assert.True(mayEndWithPhotoCredit(t), t);
        }
        foreach (var t in new[] { "The harbour at dawn. (Gazette photo by Jane Doe)", "The harbour at dawn. Photo by Jane Doe/Acme.", "Boats. (Photo courtesy of the city) .\n", "Boats. Image courtesy of Acme \n" })
            Assert.True(photoBy.IsMatch(t) && mayEndWithPhotoCredit(t), t);
        Assert.True(matched > 100, $"{matched} matches");
    }

    [Theory]
    [InlineData("Skip to main content", true)]
    [InlineData("Readers skip to the main content of the report", false)]
    [InlineData("More stories from the harbour and the port today", true)]
    [InlineData("Members of the board read the Trust Principles", true)]
    public void Long_lines_are_junk_only_by_an_open_ended_rule(string line, bool expected) => Assert.Equal(expected, Furniture.IsJunk(line));

    [Fact]
    public void Trailing_credit_prefilter_passes_every_line_the_regex_matches()
    {
        var trailing = RegexOf(typeof(PhotoCredits), "Trailing");
        var mayEndWithCredit = Prefilter(typeof(PhotoCredits), "MayEndWithCredit");
        var matched = 0;
        foreach (var t in RandomLines(12, 200000))
        {
            if (!trailing.IsMatch(t)) continue;
            matched++;
            Assert.True(mayEndWithCredit(t), t);
        }
        Assert.True(matched > 100, $"{matched} matches");
    }

    [Theory]
    [InlineData("The ferry leaves the harbour at dawn. Photographs: Jane Doe", "Jane Doe")]
    [InlineData("The ferry leaves the harbour at dawn (AP Photo/Jane Doe)", "AP Photo/Jane Doe")]
    [InlineData("The ferry leaves the harbour at dawn. REUTERS/Jane Doe", "REUTERS/Jane Doe")]
    [InlineData("The ferry leaves the harbour at dawn. Pictures\u00A0: Jane Doe", "Jane Doe")]
    [InlineData("The ferry (a new one) leaves the harbour at dawn: its captain said so", null)]
    public void Trailing_credits(string line, string? expected) => Assert.Equal(expected, PhotoCredits.TrailingCredit(line));

    [Fact]
    public void Credit_line_prefilter_passes_every_first_part_the_regex_matches()
    {
        var part = RegexOf(typeof(CreditLineParser), "Part");
        var mayOpenWithRole = Prefilter(typeof(CreditLineParser), "MayOpenWithRole");
        var matched = 0;
        foreach (var line in RandomLines(13, 200000).Select((l, i) => (i % 3) switch { 0 => l, 1 => " ( " + l, _ => "(" + l + ")" }))
        {
            // The first part as ParseCreditLine reads it, with an opening parenthesis always dropped (a superset).
            var inner = line.Trim();
            if (inner.StartsWith('(')) inner = inner.Substring(1);
            if (!part.IsMatch(inner.Split(';')[0].Trim())) continue;
            matched++;
            Assert.True(mayOpenWithRole(line), line);
        }
        Assert.True(matched > 100, $"{matched} matches");
    }

    [Theory]
    [InlineData("(Reporting by Jane Doe; Editing by Ann Lee)", "Reporting:Jane Doe|Editing:Ann Lee")]
    [InlineData("  \u212Aompiled by Jane Doe", null)]
    [InlineData("Additional reporting by Jane Doe in Valletta", "Reporting:Jane Doe")]
    [InlineData("The ferry was built by Acme from steel", null)]
    public void Credit_lines(string line, string? expected)
        => Assert.Equal(expected, CreditLineParser.ParseCreditLine(line) is { } credits ? string.Join("|", credits.Select(c => c.Role + ":" + c.Name)) : null);
}
