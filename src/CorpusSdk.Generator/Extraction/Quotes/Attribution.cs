using System;
using System.Collections.Generic;

namespace CorpusSdk.Generator.Extraction.Quotes;

/// <summary>
/// Attribution sieves over the writer's words around a quote: a clause after it ("…,” Jane Doe said / said Jane
/// Doe, a spokeswoman / according to …), a clause before it (Jane Doe said: “…” / He said the country “…”), and the
/// subject of the sentence when no speech verb is there (Doe thanked them for their “steady” work).
/// </summary>
internal static class Attribution
{
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "has", "had", "have", "is", "are", "also", "later", "then", "further", "again", "would", "will",
        "earlier", "previously", "once", "reportedly", "repeatedly", "publicly", "had", "has", "been", "being",
    };

    private static readonly HashSet<string> SubjectBreakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "because", "if", "when", "while", "whether", "is", "are", "were", "be", "there", "this",
        "these", "those", "not", "than", "so", "but", "and", "or",
    };

    /// <summary>
    /// An attribution clause in <paramref name="tokens"/> (the writer's words after a quote). With
    /// <paramref name="firstClauseOnly"/> only a clause starting right after the quote counts.
    /// </summary>
    public static SpeakerRef? After(string text, List<Token> tokens, bool firstClauseOnly)
    {
        var s = 0;
        while (s < tokens.Count)
        {
            var e = s;
            while (e < tokens.Count && !(tokens[e].Trail is ',' or ';' or ':')) e++;
            e = Math.Min(e + 1, tokens.Count);
            var r = Clause(text, tokens, s, e, tokens, e);
            if (r is not null || firstClauseOnly) return r;
            s = e;
        }
        return null;
    }

    private static SpeakerRef? Clause(string text, List<Token> t, int s, int e, List<Token> all, int next)
    {
        if (s >= e) return null;
        var r = ClauseCore(text, t, s, e, all, next);
        if (r is not null) return r;
        // "Jane Doe, 52, said" / "the spokesman, Jane Doe, said": a short appositive between subject and verb.
        var w0 = t[s].Word;
        if (e - s > 5 || !(Names.IsNameWord(w0) || w0 is "the" or "The" or "a" or "A" or "an" or "An")) return null;
        var end = e;
        for (var extra = 0; extra < 2 && end < t.Count; extra++)
        {
            var n = end;
            while (n < t.Count && !(t[n].Trail is ',' or ';' or ':')) n++;
            n = Math.Min(n + 1, t.Count);
            if (n - s > 14) return null;
            var found = -1;
            for (var k = end; k < n; k++)
                if (SpeechVerbs.IsFiniteVerb(t[k].Word) && char.IsLower(t[k].Word[0])) { found = k; break; }
            if (found >= 0) return ClauseCore(text, t, s, n, all, n);
            end = n;
        }
        return null;
    }

    private static SpeakerRef? ClauseCore(string text, List<Token> t, int s, int e, List<Token> all, int next)
    {
        var w0 = t[s].Word;
        if (w0.Equals("according", StringComparison.OrdinalIgnoreCase) && s + 1 < e && t[s + 1].Word == "to")
            return SpeakerPhrase.Parse(text, Range(t, s + 2, e), true);
        if (SpeechVerbs.IsInvertible(w0) && char.IsLower(w0[0]) && s + 1 < e)
        {
            // "…,” said Jane Doe, a spokeswoman for …  /  "…,” said one analyst.
            // The object and up to 12 words after it in one list (no intermediate copies).
            var withApposition = new List<Token>(Math.Max(0, e - s - 1) + (next < all.Count ? Math.Min(all.Count, next + 12) - next : 0));
            for (var i = s + 1; i < e && i < t.Count; i++) withApposition.Add(t[i]);
            if (withApposition.Count > 0 && NameLexicon.Pronouns.Contains(withApposition[0].Word)) return null; // "said he would"
            if (next < all.Count)
                for (var i = next; i < Math.Min(all.Count, next + 12); i++) withApposition.Add(all[i]);
            return SpeakerPhrase.Parse(text, withApposition, true);
        }
        for (var k = s + 1; k < e && k - s <= 12; k++)
        {
            var w = t[k].Word;
            if (!SpeechVerbs.IsFiniteVerb(w)) continue;
            var subjEnd = k;
            while (subjEnd > s && Auxiliaries.Contains(t[subjEnd - 1].Word)) subjEnd--;
            if (subjEnd == s) return null;
            for (var j = s; j < subjEnd; j++)
                if (SubjectBreakers.Contains(t[j].Word) || SpeechVerbs.IsVerb(t[j].Word)) return null;
            if (w.Equals("quoted", StringComparison.OrdinalIgnoreCase))
            {
                var asAt = IndexOfWord(t, k + 1, e, "as");
                if (asAt > k + 1 && t[k + 1].Word != "as") return SpeakerPhrase.Parse(text, Range(t, k + 1, asAt), true);
            }
            return SpeakerPhrase.Parse(text, Range(t, s, subjEnd), false);
        }
        return null;
    }

    /// <summary>
    /// The speaker named before a quote in its sentence (tokens = writer's words from the sentence start, or from
    /// the previous quote, up to the opening mark).
    /// </summary>
    public static SpeakerRef? Before(string text, List<Token> tokens)
    {
        for (var k = tokens.Count - 1; k >= 0; k--)
        {
            var w = tokens[k].Word;
            if (w.Equals("according", StringComparison.OrdinalIgnoreCase) && k + 1 < tokens.Count && tokens[k + 1].Word == "to")
            {
                var comma = k + 2;
                while (comma < tokens.Count && !(tokens[comma].Trail is ',' or ';' or ':')) comma++;
                var source = SpeakerPhrase.Parse(text, Range(tokens, k + 2, Math.Min(comma + 1, tokens.Count)), true);
                if (k == 0 || IsClauseStart(tokens, k))
                {
                    // "According to the agency, Jane Doe thanked …": a person who is the subject wins.
                    var rest = Range(tokens, Math.Min(comma + 1, tokens.Count), tokens.Count);
                    var subject = SpeakerPhrase.SubjectOf(text, rest);
                    if (subject is not null) return subject;
                }
                return source;
            }
            if (!SpeechVerbs.IsFiniteVerb(w) || !char.IsLower(w[0])) continue;
            var subjEnd = k;
            while (subjEnd > 0 && Auxiliaries.Contains(tokens[subjEnd - 1].Word)) subjEnd--;
            var subjStart = 0;
            if (subjEnd > 1 && tokens[subjEnd - 1].Trail == ',')
            {
                // "Jane Doe, who spoke for the union and the guild, said …": the subject is the name before the
                // comma-enclosed apposition, whatever conjunctions the apposition holds.
                var whole = SpeakerPhrase.Parse(text, Range(tokens, 0, subjEnd), false);
                if (whole is { Kind: SpeakerKind.Name or SpeakerKind.Pronoun }) return whole;
            }
            for (var j = subjEnd - 1; j >= 0; j--)
            {
                var sw = tokens[j].Word;
                if (sw is "that" or "and" or "but" or "while" or "as" or "when" or "because" or "after" or "before" or "which" or "so")
                {
                    subjStart = j + 1;
                    break;
                }
            }
            if (w.Equals("quoted", StringComparison.OrdinalIgnoreCase))
            {
                var asAt = IndexOfWord(tokens, k + 1, tokens.Count, "as");
                if (asAt > k + 1) return SpeakerPhrase.Parse(text, Range(tokens, k + 1, asAt), true);
            }
            if (subjEnd <= subjStart)
            {
                // "…,” he said, “…”: the verb sits right after the previous quote.
                continue;
            }
            return SpeakerPhrase.Parse(text, Range(tokens, subjStart, subjEnd), false);
        }
        return null;
    }

    private static bool IsClauseStart(List<Token> t, int k) => k > 0 && t[k - 1].Trail is ',' or ';' or ':' or '.';

    private static int IndexOfWord(List<Token> t, int s, int e, string word)
    {
        for (var i = s; i < e; i++)
            if (t[i].Word.Equals(word, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    public static List<Token> Range(List<Token> t, int s, int e)
    {
        var list = new List<Token>(Math.Max(0, e - s));
        for (var i = s; i < e && i < t.Count; i++) list.Add(t[i]);
        return list;
    }
}
