using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CorpusSdk.Generator.Extraction.Quotes;

/// <summary>A person's name found in a run of tokens, with the title written before it.</summary>
internal sealed class NameMention
{
    public NameMention(string name, int parts, string? title, int firstToken, int lastToken, bool possessive)
    {
        Name = name;
        Parts = parts;
        Title = title;
        FirstToken = firstToken;
        LastToken = lastToken;
        Possessive = possessive;
    }

    /// <summary>The name as written, without titles ("Jane van Doe").</summary>
    public string Name { get; }

    /// <summary>How many words the name has ("al-Doe" is one).</summary>
    public int Parts { get; }

    /// <summary>The title or role written before the name ("Foreign Ministry spokesman"), if any.</summary>
    public string? Title { get; }

    /// <summary>Index of the first token of the whole mention (title included).</summary>
    public int FirstToken { get; }

    /// <summary>Index of the last token of the name.</summary>
    public int LastToken { get; }

    public bool Possessive { get; }

    public override string ToString() => Name;
}

/// <summary>Recognises person names: capitalised word sequences with particles, hyphens and leading titles.</summary>
internal static class Names
{
    private static readonly string[] HyphenParticles = { "al-", "el-", "ad-", "an-", "ar-", "as-", "ash-", "at-", "az-", "ul-", "bin-", "ibn-", "abd-", "abu-" };

    private static readonly HashSet<string> SharedWithNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Day", "Eve", "House", "Cross", "Red", "Young", "Watch", "Storm", "Board", "Guardian", "Courier", "Mercury",
        "Trust", "Capital", "Rights", "Week", "Plan", "Act", "Market", "Union", "Church", "Temple", "Hall",
    };

    public static bool IsNameWord(string word)
    {
        if (word.Length == 0) return false;
        if (word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.') return true; // an initial
        var body = word;
        if (char.IsLower(word[0]))
        {
            if (!MayStartWithHyphenParticle(word)) return false;
            var matched = false;
            foreach (var p in HyphenParticles)
            {
                if (word.Length > p.Length + 1 && word.StartsWith(p, StringComparison.Ordinal) && char.IsUpper(word[p.Length]))
                {
                    body = word.Substring(p.Length);
                    matched = true;
                    break;
                }
            }
            if (!matched) return false;
        }
        if (!char.IsUpper(body[0]) || body.Length < 2) return false;
        var lower = false;
        foreach (var c in body)
        {
            if (c < 0x80)
            {
                // ASCII by ranges, the same answers as the calls below.
                if ((uint)(c - 'a') <= 'z' - 'a') lower = true;
                else if ((uint)(c - 'A') > 'Z' - 'A' && c != '-' && c != '\'' && c != '.') return false;
                continue;
            }
            if (char.IsLower(c)) lower = true;
            else if (char.IsDigit(c)) return false;
            else if (!char.IsLetter(c) && c != '-' && c != '\'' && c != '’' && c != '‘' && c != '.') return false;
        }
        return lower;
    }

    /// <summary>The offsets of the hyphen in <see cref="HyphenParticles"/> ("al-": 2, "bin-": 3).</summary>
    private static readonly int[] HyphenOffsets = HyphenParticles.Select(p => p.Length - 1).Distinct().ToArray();

    /// <summary>
    /// A necessary condition for a hyphen particle and a capital after it: a '-' where a particle has it, one
    /// character before the end at least. Most lower-case words fail it without the 14 prefix tests.
    /// </summary>
    private static bool MayStartWithHyphenParticle(string word)
    {
        foreach (var at in HyphenOffsets)
            if (at + 2 < word.Length && word[at] == '-') return true;
        return false;
    }

    private static bool IsParticle(string word) => NameLexicon.Particles.Contains(word) && char.IsLower(word[0]);

    /// <summary>Every person name in the tokens, in order.</summary>
    public static List<NameMention> Find(IReadOnlyList<Token> tokens)
    {
        var result = new List<NameMention>();
        Find(tokens, result);
        return result;
    }

    /// <summary>Every person name in the tokens, in order, added to <paramref name="result"/>.</summary>
    public static void Find(IReadOnlyList<Token> tokens, List<NameMention> result)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsNameWord(tokens[i].Word)) { i++; continue; }
            var j = i;
            while (!tokens[j].EndsClause && !tokens[j].Possessive && j + 1 < tokens.Count && tokens[j + 1].Lead == '\0')
            {
                var next = tokens[j + 1].Word;
                if (IsNameWord(next)) { j++; continue; }
                var k = j + 1;
                while (k < tokens.Count && k - j <= 3 && IsParticle(tokens[k].Word) && !tokens[k].EndsClause) k++;
                if (k > j + 1 && k < tokens.Count && IsNameWord(tokens[k].Word)) { j = k; continue; }
                break;
            }
            var mention = FromRun(tokens, i, j);
            if (mention is not null) result.Add(mention);
            i = j + 1;
        }
    }

    /// <summary>Reads tokens[first..last] (a capitalised run) as title + name; null when it is no person.</summary>
    public static NameMention? FromRun(IReadOnlyList<Token> tokens, int first, int last)
    {
        var start = first;
        for (var k = last - 1; k >= first; k--)
        {
            if (NameLexicon.IsTitle(tokens[k].Word)) { start = k + 1; break; }
        }
        while (start <= last && (NameLexicon.Stop.Contains(tokens[start].Word) || NameLexicon.IsDemonym(tokens[start].Word)
                                 || NameLexicon.IsTitle(tokens[start].Word)))
            start++;
        if (start > last) return null;
        for (var k = start + 1; k <= last; k++)
        {
            // "Jane Doe Thursday won …": a weekday, month or function word ends the name.
            if (NameLexicon.Stop.Contains(tokens[k].Word) && !IsParticle(tokens[k].Word)) { last = k - 1; break; }
        }
        var parts = 0;
        var sb = start < last ? new StringBuilder() : null; // a one-word name is the word itself
        for (var k = start; k <= last; k++)
        {
            var w = tokens[k].Word;
            // "Bill" is a given name first in a run ("Bill Doe"), a law after one ("the Finance Bill").
            if (NameLexicon.NonPerson.Contains(w) && !(k == start && k < last && w == "Bill") || NameLexicon.Pronouns.Contains(w)) return null;
            // The people finder's organisation words ("Real X", "X Medical", "X Echo"), bar those that are also
            // common given names or surnames.
            if (People.NameLexicon.OrganisationWords.Contains(w) && !SharedWithNames.Contains(w)) return null;
            if (sb is not null)
            {
                if (sb.Length > 0) sb.Append(' ');
                sb.Append(w);
            }
            if (!IsParticle(w)) parts++;
        }
        if (parts >= 2 && NameLexicon.PlaceStart.Contains(tokens[start].Word)) return null;
        if (NameLexicon.IsDemonym(tokens[last].Word)) return null;

        var title = TitleBefore(tokens, first, start);
        return new NameMention(sb?.ToString() ?? tokens[start].Word, parts, title, TitleStart(tokens, first), last, tokens[last].Possessive);
    }

    private static int TitleStart(IReadOnlyList<Token> tokens, int first)
    {
        var b = RoleRunStart(tokens, first);
        return b < first ? b : first;
    }

    /// <summary>Start of "U.S. embassy spokeswoman" when tokens[first-1] is a role noun; else first.</summary>
    private static int RoleRunStart(IReadOnlyList<Token> tokens, int first)
    {
        var k = first - 1;
        if (k < 0 || tokens[k].EndsClause || !NameLexicon.Roles.Contains(tokens[k].Word) || !char.IsLower(tokens[k].Word[0])) return first;
        var b = k;
        while (b - 1 >= 0 && first - (b - 1) <= 5)
        {
            var t = tokens[b - 1];
            if (t.EndsClause || t.Possessive || NameLexicon.Function.Contains(t.Word) || SpeechVerbs.IsVerb(t.Word)) break;
            if (NameLexicon.AdverbialStart.Contains(t.Word) && char.IsUpper(t.Word[0])) break;
            b--;
        }
        return b;
    }

    private static string? TitleBefore(IReadOnlyList<Token> tokens, int first, int nameStart)
    {
        var b = RoleRunStart(tokens, first);
        if (b == first && nameStart == first) return null;
        var sb = new StringBuilder();
        for (var k = b; k < nameStart; k++)
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(tokens[k].Word);
        }
        return sb.Length == 0 ? null : sb.ToString();
    }

    /// <summary>Lower-cased last name part with any "al-" style particle removed, for surname matching.</summary>
    public static string SurnameKey(string name)
    {
        var sp = name.LastIndexOf(' ');
        var last = sp < 0 ? name : name.Substring(sp + 1);
        last = NameLexicon.Normalise(last).ToLowerInvariant();
        foreach (var p in HyphenParticles)
            if (last.StartsWith(p, StringComparison.Ordinal) && last.Length > p.Length) return last.Substring(p.Length);
        return last;
    }
}
