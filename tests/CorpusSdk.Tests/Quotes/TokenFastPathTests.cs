using System.Linq;
using CorpusSdk.Generator.Extraction.Quotes;
using CsCheck;

namespace CorpusSdk.Tests.Quotes;

/// <summary>The quote tokenizer's white-space fast path and shared word strings answer as the plain calls do.</summary>
public class TokenFastPathTests
{
    /// <summary>ASCII, accented letters, no-break and thin spaces, curly quotes, dashes and line breaks.</summary>
    private static readonly Gen<char> Char = Gen.OneOf(
        Gen.Char['\0', '\u00ff'],
        Gen.OneOfConst(' ', '\u00a0', '\u2009', '\u2002', '\u3000', '\u2028', '\u0085', '\t', '\n', '\r',
            '“', '”', '‘', '’', '—', '–', '«', '»', 'é', 'ß', 'Ж', 'ı'),
        Gen.Char);

    [Fact]
    public void IsSpace_is_char_IsWhiteSpace_for_every_char()
    {
        for (var c = 0; c <= char.MaxValue; c++)
            Assert.Equal(char.IsWhiteSpace((char)c), Tokens.IsSpace((char)c));
    }

    [Fact]
    public void WordAt_returns_the_substring_and_shares_equal_words()
    {
        Gen.Select(Char.Array[0, 40], Gen.Int[0, 40], Gen.Int[0, 40]).Sample((chars, a, b) =>
        {
            var text = new string(chars);
            var start = System.Math.Min(a, text.Length);
            var length = System.Math.Min(b, text.Length - start);
            var word = Tokens.WordAt(text, start, length);
            Assert.Equal(text.Substring(start, length), word);
            // The same characters again, from another string: the table gives the string it made before.
            Assert.Same(word, Tokens.WordAt("#" + text, start + 1, length));
        }, iter: 2000, threads: 1);
    }

    [Fact]
    public void Split_with_quoted_ranges_keeps_the_tokens_of_the_mask()
    {
        var words = Gen.OneOfConst("Ola", "Brandt", "said", "“we", "stay,”", "Vell’s", "U.S.", "Dr.", "(left)", "—", "J.", "x", " ", "\u00a0", "\n");
        Gen.Select(words.Array[0, 30], Gen.Int[0, 200].Array[0, 8]).Sample((parts, bounds) =>
        {
            var text = string.Concat(parts);
            // Ranges as the paragraph builder makes them: inclusive, inside the text, possibly overlapping.
            var ranges = new int[bounds.Length];
            var count = 0;
            var mask = new bool[text.Length];
            for (var r = 0; r + 1 < bounds.Length; r += 2)
            {
                if (text.Length == 0) break;
                var from = System.Math.Min(bounds[r], text.Length - 1);
                var to = System.Math.Min(bounds[r + 1], text.Length - 1);
                if (from > to) continue;
                ranges[2 * count] = from;
                ranges[2 * count + 1] = to;
                count++;
                for (var k = from; k <= to; k++) mask[k] = true;
            }
            var expected = SkipMasked(Tokens.Split(text, 0, text.Length), mask);
            var actual = Tokens.Split(text, 0, text.Length, ranges, count);
            Assert.Equal(expected,
                actual.Select(t => (t.Start, t.End, t.Word, t.Lead, t.Trail, t.Possessive, t.IsCloseMark)));
        }, iter: 3000, threads: 1);
    }

    [Fact]
    public void HeadOf_walk_gives_the_head_of_the_split()
    {
        var words = Gen.OneOfConst("a", "police", "officer", "at", "in", "of", "on", "for", "who", "whose", "from", "with", "near",
            "ат", "At", "fort", "whom", "scene", "the", "", " ", "-year-old", "nearby");
        Gen.Select(words.Array[0, 8], Gen.Bool).Sample((parts, trailing) =>
        {
            var description = string.Join(" ", parts) + (trailing ? " " : "");
            Assert.Equal(HeadOfBySplit(description), QuoteAttributor.HeadOf(description));
        }, iter: 5000, threads: 1);
    }

    [Fact]
    public void Split_words_lie_inside_their_tokens_on_random_text()
    {
        var words = Gen.OneOfConst("Ola", "Brandt", "said", "“we", "stay,”", "Vell’s", "U.S.", "Dr.", "(left)", "—", "J.", "Does’", "x", "\u00a0", " ", "\u2009", "\n");
        Gen.Select(words.Array[0, 30], Char.Array[0, 10]).Sample((parts, noise) =>
        {
            var text = string.Concat(parts) + new string(noise);
            var tokens = Tokens.Split(text, 0, text.Length);
            // Each word is what the token's range holds without its peeled marks: a substring of the text.
            foreach (var t in tokens)
            {
                Assert.InRange(t.Start, 0, t.End);
                Assert.Contains(t.Word, text.Substring(t.Start, t.End - t.Start));
                Assert.DoesNotContain(t.Word, c => char.IsWhiteSpace(c));
            }
            // Tokens are the maximal non-white-space runs, as split by the framework's white-space test.
            var runs = text.Split((char[])null!, System.StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.True(tokens.Count <= runs);
        }, iter: 2000, threads: 1);
    }

    /// <summary>The name-word test of a capitalised word as it was before its ASCII fast path (char calls only).</summary>
    private static bool PlainIsNameWordBody(string body)
    {
        if (body.Length == 2 && body[1] == '.') return true; // an initial
        if (body.Length < 2) return false;
        var lower = false;
        foreach (var c in body)
        {
            if (char.IsLower(c)) lower = true;
            else if (char.IsDigit(c)) return false;
            else if (!char.IsLetter(c) && c != '-' && c != '\'' && c != '’' && c != '‘' && c != '.') return false;
        }
        return lower;
    }

    [Fact]
    public void IsNameWord_matches_the_plain_character_loop_on_random_words()
    {
        var letters = Gen.OneOf(Gen.Char['A', 'Z'], Gen.Char['a', 'z'], Char, Gen.OneOfConst('-', '\'', '’', '‘', '.', '0', 'É', 'é', 'ǅ'));
        Gen.Select(Gen.Char['A', 'Z'], letters.Array[1, 12]).Sample((first, rest) =>
        {
            var word = first + new string(rest);
            Assert.Equal(PlainIsNameWordBody(word), Names.IsNameWord(word));
        }, iter: 5000, threads: 1);
    }

    /// <summary>The tokens left when those starting at a masked character are dropped (the rule the ranges implement): the
    /// first one kept after dropped ones opens with '“' unless it has a lead of its own.</summary>
    private static (int, int, string, char, char, bool, bool)[] SkipMasked(System.Collections.Generic.List<Token> all, bool[] mask)
    {
        var kept = new System.Collections.Generic.List<(int, int, string, char, char, bool, bool)>();
        var gap = false;
        foreach (var t in all)
        {
            if (mask[t.Start]) { gap = true; continue; }
            kept.Add((t.Start, t.End, t.Word, gap && t.Lead == '\0' ? '“' : t.Lead, t.Trail, t.Possessive, t.IsCloseMark));
            gap = false;
        }
        return kept.ToArray();
    }

    /// <summary>The head noun as first written (with Split): the reference of the in-place walk.</summary>
    private static string HeadOfBySplit(string description)
    {
        var words = description.Split(' ');
        var head = words[0];
        foreach (var w in words)
        {
            if (w is "at" or "in" or "of" or "for" or "from" or "with" or "near" or "on" or "who" or "whose") break;
            head = w;
        }
        return head;
    }
}
