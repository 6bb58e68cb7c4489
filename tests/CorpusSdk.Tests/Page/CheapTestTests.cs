using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using CorpusSdk.Generator.Extraction.Page;
using CorpusSdk.Generator.Reading;

namespace CorpusSdk.Tests.Page;

/// <summary>
/// The cheap tests put in front of page regexes never say "no" where the regex would match, and the hand-written
/// scans that replace a regex or a per-character copy give what they replace: random lines of the words each regex
/// looks for, separators, white space and the non-ASCII letters IgnoreCase folds to ASCII.
/// </summary>
public class CheapTestTests
{
    private static readonly string[] Common =
    {
        " ", "  ", "\t", "\u00A0", "\n", ".", ",", ":", ";", "-", "(", ")", "/", "&", "'", "’", "\u212A", "\u017F", "\u0130", "\u0131",
        "é", "“", "”", "«", "›", "<", "x", "the", "harbour", "said", "Jane", "Doe", "Ann Lee", "JANE", "2008", "19", "3", "٣",
    };

    private static IEnumerable<string> Lines(int seed, int count, string[] words, bool join = true)
    {
        var all = Common.Concat(words).ToArray();
        var random = new Random(seed);
        for (var n = 0; n < count; n++)
        {
            var parts = new string[random.Next(1, 10)];
            for (var i = 0; i < parts.Length; i++) parts[i] = all[random.Next(all.Length)];
            var line = string.Join(random.Next(3) == 0 || !join ? "" : " ", parts);
            yield return random.Next(2) == 0 ? line.Trim() : line;
        }
    }

    private static Regex RegexOf(Type type, string name) => (Regex)type.GetField(name, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

    private static Func<string, bool> Method(Type type, string name)
        => type.GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static, [typeof(string)])!.CreateDelegate<Func<string, bool>>();

    private static void PassesEveryMatch(Regex regex, Func<string, bool> cheap, IEnumerable<string> lines, int minMatches = 100)
    {
        var matched = 0;
        foreach (var t in lines)
        {
            if (!regex.IsMatch(t)) continue;
            matched++;
            Assert.True(cheap(t), t);
        }
        Assert.True(matched >= minMatches, $"{matched} matches");
    }

    [Fact]
    public void Junk_cheap_test_passes_every_trimmed_line_the_regex_matches()
    {
        string[] words =
        [
            "Skip", "to", "main", "content", "share", "this", "article", "story", "more", "read", "logo", "gallery", "photo", "Photo", "of", "1",
            "12", "votes", "comments", "Comment", "most", "popular", "sign", "in", "up", "log", "Login", "top", "back", "e-mail", "email",
            "landscape", "tablet", "trust", "principles", "Principles.", "Our", "Standards:", "image:", "video", "Next", "prev", "close",
            "related", "see", "also", "view", "the", "slideshow", "(", "images)", "tags:", "filed", "under", "•", "*", "·", "1.", "!", "?",
            "sp\u212Aip", "\u212Aeep", "ph\u0130to", "éé", "_",
        ];
        PassesEveryMatch(RegexOf(typeof(Furniture), "Junk"), Method(typeof(Furniture), "MayBeJunk"), Lines(21, 300000, words).Select(l => l.Trim()), 1000);
    }

    [Theory]
    [InlineData("Skip to main content", true)]
    [InlineData("landscape-tablet-and-below", true)]
    [InlineData("• Share this story", true)]
    [InlineData("Acme logo", true)]
    [InlineData("Acme News logo", false)]
    [InlineData("The harbour at dawn", false)]
    [InlineData("Jane Doe", false)]
    public void Junk_lines(string line, bool expected) => Assert.Equal(expected, Furniture.IsJunk(line));

    [Fact]
    public void Mostly_date_scan_counts_as_the_word_regex_did()
    {
        string[] words =
        [
            "Published", "UPDATED", "on", "at", "By", "March", "Mar.", "sept", "Sept", "SEPTEMBER", "Wednesday", "wed", "am", "PM", "ET", "EDT",
            "ago", "hours", "ma\u0130", "\u212Aay", "jun", "Junee", "dec", "decem", "|", "•", "10:15", "a.m.",
        ];
        var words2 = new Regex(@"[\p{L}]+", RegexOptions.CultureInvariant);
        var dateLineWords = (string[])typeof(PublishedDateParser).GetField("DateLineWords", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        bool Reference(string line)
        {
            var stray = 0;
            foreach (Match word in words2.Matches(line))
            {
                var w = word.Value.ToLowerInvariant();
                if (PublishedDateParser.MonthNumber(w) > 0 || Array.IndexOf(dateLineWords, w) >= 0) continue;
                stray++;
            }
            return stray <= 4;
        }
        var both = new int[2];
        foreach (var line in Lines(22, 200000, words))
        {
            var expected = Reference(line);
            both[expected ? 1 : 0]++;
            Assert.True(expected == PublishedDateParser.MostlyDate(line), line);
        }
        Assert.True(both[0] > 1000 && both[1] > 1000, $"{both[0]} / {both[1]}");
    }

    [Fact]
    public void Author_note_cheap_test_passes_every_paragraph_the_regex_matches()
    {
        string[] words =
        [
            "is", "was", "has", "been", "a", "an", "the", "our", "staff", "writer", "reporter", "covers", "writes", "about", "on", "for",
            "reports", "courts", "city hall", "Reach", "her", "at", "jane@example.org", "O’Doe", "Mary-Ann", "J.", "Is", "covers.",
        ];
        var random = new Random(23);
        PassesEveryMatch(RegexOf(typeof(PageParser), "AuthorNote"), PageParser.MayBeAuthorNote,
            Lines(23, 300000, words).Select(l => (random.Next(2) == 0 ? "Jane Doe " : random.Next(2) == 0 ? "Ann Lee Doe " : "") + l));
    }

    [Fact]
    public void Place_suffix_cheap_test_passes_every_name_the_regex_matches()
    {
        string[] words = ["in", "from", "at", "In", "int", "fromage", "Boston", "at\n"];
        PassesEveryMatch(RegexOf(typeof(CreditLineParser), "PlaceSuffix"), CreditLineParser.MayHavePlaceSuffix, Lines(24, 200000, words, join: false));
    }

    [Fact]
    public void Name_then_job_cheap_test_passes_every_line_the_regex_matches()
    {
        string[] words =
        [
            "reporter", "Reporter", "reporters", "correspondent", "editor", "editors", "writer", "columnist", "contributor", "journalist",
            "producer", "critic", "critics", "Staff", "Transport", "Senior", "&", "Jane Doe", "Jane Doe,", "Jane Doe ,", "Mary-Ann", "O’Doe",
        ];
        PassesEveryMatch(RegexOf(typeof(PageLineRules), "NameThenJob"), PageLineRules.EndsWithJobWord, Lines(25, 300000, words));
    }

    [Fact]
    public void Closing_line_cheap_test_passes_every_line_the_regex_matches()
    {
        string[] words =
        [
            "Contact", "reach", "e-mail", "email", "write to", "jane@example.org", "555-1234", "can be reached", "may be contacted", "e-mailed",
            "Follow", "on Twitter", "at", "@janedoe", "A version of", "this article", "appeared", "in print", "Updated", "published:", "5",
            "an", "one", "hours", "mins", "ago", "click here", "hide caption", "swipe for more", "you might also like", "also on", "further reading",
            "top stories", "elsewhere on", "more on this story", "comments are closed", "share this:", "share on", "print this page",
            "reuse this content", "previous post", "Next article", "newer entry",
        ];
        PassesEveryMatch(RegexOf(typeof(PageLineRules), "ClosingLine"), Method(typeof(PageLineRules), "MayBeClosingLine"), Lines(28, 300000, words), 1000);
    }

    [Fact]
    public void Summary_header_cheap_test_passes_every_line_the_regex_matches()
    {
        string[] words = ["story", "highlights", "Highlights", "key", "points", "in", "brief", "at", "a", "glance", "quick", "read", "summary", "what", "you", "need", "to", "know", "\u212Aey"];
        PassesEveryMatch(RegexOf(typeof(PageLineRules), "SummaryHeader"), Method(typeof(PageLineRules), "MayBeSummaryHeader"), Lines(26, 300000, words), 50);
    }

    [Fact]
    public void Letters_keeps_the_letters_and_quoted_letters_the_per_character_loop_kept()
    {
        // The loop Letters replaced: each letter or digit in lower case, and again when inside quotation marks.
        static (string, string) Reference(string text)
        {
            var all = new StringBuilder();
            var quoted = new StringBuilder();
            var inside = false;
            for (var k = 0; k < text.Length; k++)
            {
                var c = text[k];
                if (char.IsLetterOrDigit(c))
                {
                    var l = char.ToLowerInvariant(c);
                    all.Append(l);
                    if (inside) quoted.Append(l);
                    continue;
                }
                if (c is not ('"' or '\u201C' or '\u2018' or '\u201D' or '\u2019')) continue;
                var open = c is '"' or '\u201C' || (c == '\u2018' && (k == 0 || !char.IsLetter(text[k - 1])));
                var close = c is '"' or '\u201D' || (c == '\u2019' && (k + 1 == text.Length || !char.IsLetter(text[k + 1])));
                if (inside && close) inside = false;
                else if (!inside && open) inside = true;
            }
            return (all.ToString(), quoted.ToString());
        }
        var letters = typeof(PageParser).GetMethod("Letters", BindingFlags.NonPublic | BindingFlags.Static)!;
        const string alphabet = "aZ09 .,-_'\"\u201C\u201D\u2018\u2019\u212A\u0130\u00C9\u00E9\u0663\u00A0\u00B2\u2160";
        var random = new Random(29);
        for (var n = 0; n < 100000; n++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            Assert.Equal(Reference(text), ((string, string))letters.Invoke(null, [text])!);
        }
    }

    [Fact]
    public void Trailing_credit_scan_from_the_last_foreign_character_finds_the_match_a_whole_line_scan_finds()
    {
        var trailing = RegexOf(typeof(PhotoCredits), "Trailing");
        string[] words =
        [
            "REUTERS", "REUTERS/Jane Doe", "AP", "PHOTO", "/", " / ", "Jane Doe", "Acme", "al-Doe", "de", "O’Doe", "Mary-Ann", "J.", "&",
            "AFP Photo/Jane Doe)", "(AP Photo)", "(Photo: Acme)", "Photo:", "Credit :", "speaks", "March 3, 2008.", "(C),", "x/y",
        ];
        var matched = 0;
        foreach (var t in Lines(30, 200000, words).Select(l => l.Trim()))
        {
            var whole = trailing.Match(t);
            var from = PhotoCredits.MatchCannotStartBefore(t);
            var part = trailing.Match(t, from);
            if (whole.Success) matched++;
            Assert.True(whole.Success == part.Success && whole.Index == part.Index && whole.Value == part.Value, t);
        }
        Assert.True(matched > 1000, $"{matched} matches");
    }

    [Fact]
    public void Page_text_splits_lines_as_a_character_copy_would()
    {
        static string[] Reference(string text)
        {
            var lines = new List<string>();
            var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            var line = new StringBuilder();
            for (var i = start; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\r' || c == '\n')
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                }
                else line.Append(c);
            }
            lines.Add(line.ToString());
            return lines.ToArray();
        }
        string[] pieces = ["\r", "\n", "\r\n", "\n\r", "\uFEFF", "a", "harbour", " ", ""];
        var random = new Random(27);
        for (var n = 0; n < 50000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 8)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.Equal(Reference(text), PageText.Parse(text).Lines);
        }
    }
}
