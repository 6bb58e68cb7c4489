using System;
using System.Collections.Generic;

namespace CorpusSdk.Generator.Extraction.Quotes;

internal enum SpeakerKind { Name, Pronoun, Description }

/// <summary>Who a clause says spoke: a name, a pronoun to resolve, or a description ("one analyst").</summary>
internal sealed class SpeakerRef
{
    public SpeakerRef(SpeakerKind kind, string text, string? description, int offset)
    {
        Kind = kind;
        Text = text;
        Description = description;
        Offset = offset;
    }

    public SpeakerKind Kind { get; }

    /// <summary>The name, the pronoun, or the description.</summary>
    public string Text { get; }

    /// <summary>For a name: its title or appositive ("Foreign Ministry spokesman").</summary>
    public string? Description { get; }

    /// <summary>Offset of the phrase in its paragraph.</summary>
    public int Offset { get; }
}

/// <summary>Reads a speaker out of the subject (or inverted object) of an attribution clause.</summary>
internal static class SpeakerPhrase
{
    // The params arrays of Split/Trim, made once (netstandard2.0 has no single-char overloads; each call allocated one).
    private static readonly char[] SliceTrim = { ' ', ',', ';', ':', '.', '“', '”', '"', '—', '–', '(', ')' };

    private static readonly HashSet<string> TailCut = new(StringComparer.Ordinal)
    {
        "also", "later", "earlier", "again", "previously", "last", "this", "on", "in", "at", "during", "after", "before",
        "has", "had", "was", "is", "would", "will", "have", "were", "are", "then", "further", "separately", "recently",
        "once", "meanwhile", "yesterday", "today", "late", "when", "while", "as", "according", "told", "said", "who",
        "which", "that", "repeatedly", "publicly", "privately", "told", "flatly", "simply", "however", "did", "does",
    };

    private static readonly HashSet<string> ParticiplePrepositions = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "by", "to", "from", "with", "about", "after", "into", "over", "up", "out", "as", "for", "under",
    };

    private static readonly HashSet<string> Conjunctions = new(StringComparer.OrdinalIgnoreCase) { "but", "and", "so", "yet", "or" };

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "after", "before", "during", "from", "to", "with", "by", "for", "under", "over", "since",
        "until", "despite", "amid", "speaking", "asked", "addressing", "writing", "responding", "following", "like",
    };

    /// <summary>Splits at commas (and semicolons) into segments of token indexes [start, end).</summary>
    /// <remarks>
    /// The list is reused on this thread: its two readers (<see cref="Parse"/>, <see cref="SubjectOf"/>) finish
    /// with it before they return and call nothing that splits again.
    /// </remarks>
    private static List<(int Start, int End)> Segments(IReadOnlyList<Token> t)
    {
        var segs = _segments ??= new List<(int, int)>();
        segs.Clear();
        var s = 0;
        for (var i = 0; i < t.Count; i++)
        {
            if (t[i].Trail is ',' or ';' or ':' || t[i].IsCloseMark)
            {
                segs.Add((s, i + 1));
                s = i + 1;
            }
        }
        if (s < t.Count) segs.Add((s, t.Count));
        return segs;
    }

    [System.ThreadStatic] private static List<(int Start, int End)>? _segments;

    /// <summary>Parses a subject phrase; null when nothing usable is there.</summary>
    public static SpeakerRef? Parse(string text, IReadOnlyList<Token> tokens, bool cutTail)
    {
        if (tokens.Count == 0) return null;
        var segs = Segments(tokens);
        var first = 0;
        while (first < segs.Count - 1 && IsAdverbial(tokens, segs[first])) first++;
        for (var si = first; si < segs.Count; si++)
        {
            var (s, e) = Trim(tokens, segs[si], cutTail);
            if (s >= e) continue;
            if (e - s == 1 && NameLexicon.Pronouns.Contains(tokens[s].Word))
                return new SpeakerRef(SpeakerKind.Pronoun, tokens[s].Word.ToLowerInvariant(), null, tokens[s].Start);
            // Both readings look at the names of the same segment: found once.
            var sub = e - s == tokens.Count ? tokens : SubList(tokens, s, e);
            var names = Names.Find(sub);
            var name = NameAtEnd(sub, names);
            if (name is null && NameThenAffiliation(sub, names, s) is { } withAffiliation)
                return new SpeakerRef(SpeakerKind.Name, withAffiliation.Name.Name,
                    Slice(text, tokens, withAffiliation.From, e), tokens[s].Start);
            if (name is not null)
            {
                var description = name.Title;
                if (description is null && si + 1 < segs.Count)
                {
                    var (a, b) = Trim(tokens, segs[si + 1], true);
                    if (a < b && (tokens[a].Word is "a" or "an" or "the" && b - a > 1 || NameLexicon.Roles.Contains(tokens[a].Word) && char.IsLower(tokens[a].Word[0])))
                        description = Slice(text, tokens, a, b);
                }
                return new SpeakerRef(SpeakerKind.Name, name.Name, description, tokens[s].Start);
            }
        }
        // No name: the first non-adverbial segment describes the speaker.
        var (ds, de) = Trim(tokens, segs[first], cutTail);
        if (ds >= de || de - ds > 14) return null;
        if (!IsDescription(tokens, ds, de)) return null;
        return new SpeakerRef(SpeakerKind.Description, Slice(text, tokens, ds, de), null, tokens[ds].Start);
    }

    private static bool IsDescription(IReadOnlyList<Token> t, int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            var w = t[i].Word;
            if (w is "it" or "this" or "there" or "which" or "that" or "who") return false;
        }
        return true;
    }

    /// <summary>A name ending the segment, with only title-like words before it (a leading "the" is allowed).</summary>
    private static NameMention? NameAtEnd(IReadOnlyList<Token> sub, List<NameMention> names)
    {
        if (names.Count == 0) return null;
        var m = names[names.Count - 1];
        if (m.LastToken != sub.Count - 1) return null;
        for (var i = 0; i < m.FirstToken; i++)
        {
            var w = sub[i].Word;
            if (i == 0 && w.Equals("the", StringComparison.OrdinalIgnoreCase)) continue;
            if (NameLexicon.Function.Contains(w) || SpeechVerbs.IsVerb(w)) return null;
        }
        return m;
    }

    /// <summary>"Jane Doe of the Policy Centre" / "Jane Doe from the university": a name, then its affiliation.</summary>
    private static (NameMention Name, int From)? NameThenAffiliation(IReadOnlyList<Token> sub, List<NameMention> names, int s)
    {
        if (names.Count == 0) return null;
        var m = names[0];
        if (m.Possessive || m.LastToken + 1 >= sub.Count) return null;
        if (sub[m.LastToken + 1].Word is not ("of" or "from" or "at" or "with" or "for")) return null;
        for (var i = 0; i < m.FirstToken; i++)
        {
            var w = sub[i].Word;
            if (i == 0 && w.Equals("the", StringComparison.OrdinalIgnoreCase)) continue;
            if (NameLexicon.Function.Contains(w) || SpeechVerbs.IsVerb(w)) return null;
        }
        return (m, s + m.LastToken + 1);
    }

    /// <summary>tokens[s, e) as a new list; callers pass the tokens themselves when the range covers them all.</summary>
    private static IReadOnlyList<Token> SubList(IReadOnlyList<Token> tokens, int s, int e)
    {
        var sub = new List<Token>(e - s);
        for (var i = s; i < e; i++) sub.Add(tokens[i]);
        return sub;
    }

    private static (int, int) Trim(IReadOnlyList<Token> t, (int Start, int End) seg, bool cutTail)
    {
        var s = seg.Start;
        var e = seg.End;
        while (s < e && Conjunctions.Contains(t[s].Word)) s++;
        if (cutTail)
        {
            for (var i = s + 1; i < e; i++)
            {
                if (TailCut.Contains(t[i].Word)) { e = i; break; }
            }
        }
        return (s, e);
    }

    private static bool IsAdverbial(IReadOnlyList<Token> t, (int Start, int End) seg)
    {
        var w = t[seg.Start].Word;
        // "Born in Bradford in 1941, …" / "Raised on a farm, …" / "Asked about it later, …": a participle phrase.
        // The participle must take a preposition, so a surname that ends the same way ("Manning told reporters,",
        // "Mohammed said on Monday,") is not read as one.
        if (seg.End - seg.Start >= 2 && char.IsUpper(w[0]) && ParticiplePrepositions.Contains(t[seg.Start + 1].Word)
            && (w is "Born" or "Raised" or "Brought" or "Educated" or "Elected" or "Appointed" or "Known" or "Based"
                || w.Length > 5 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal))))
            return true;
        if (Prepositions.Contains(w) || NameLexicon.AdverbialStart.Contains(w) && char.IsUpper(w[0])) return true;
        if (w.Equals("according", StringComparison.OrdinalIgnoreCase)) return true;
        return seg.End - seg.Start == 1 && w.EndsWith("ly", StringComparison.Ordinal);
    }

    public static string Slice(string text, IReadOnlyList<Token> t, int s, int e)
    {
        var raw = text.Substring(t[s].Start, t[e - 1].End - t[s].Start);
        return raw.Trim(SliceTrim);
    }

    /// <summary>
    /// Whether tokens from <paramref name="from"/> are lower-case title words ending in a role noun right before a
    /// capitalised name ("angling club secretary Jane Doe"): no function word, no verb, at most five words.
    /// </summary>
    private static bool RoleChainBeforeName(IReadOnlyList<Token> sub, int from)
    {
        for (var k = from; k < sub.Count && k - from <= 5; k++)
        {
            var w = sub[k].Word;
            if (char.IsUpper(w[0])) return k > from && Names.IsNameWord(w) && RoleChainEndsAt(sub, k);
            if (sub[k].EndsClause || NameLexicon.Function.Contains(w) || SpeechVerbs.IsVerb(w)) return false;
        }
        return false;
    }

    /// <summary>The words before token <paramref name="name"/> end in a lower-case role noun and hold no verb.</summary>
    private static bool RoleChainEndsAt(IReadOnlyList<Token> sub, int name)
    {
        var before = sub[name - 1].Word;
        if (char.IsUpper(before[0]) || !(NameLexicon.Roles.Contains(before) || NameLexicon.IsTitle(before))) return false;
        for (var k = 0; k < name; k++)
        {
            var w = sub[k].Word;
            if (sub[k].EndsClause || NameLexicon.Function.Contains(w) && k > 0 || SpeechVerbs.IsVerb(w)) return false;
            if (char.IsLower(w[0]) && (w.EndsWith("ed", StringComparison.Ordinal) && !NameLexicon.Roles.Contains(w))) return false;
        }
        return true;
    }

    /// <summary>The person a sentence (or clause) is about: a name or pronoun in subject position, else null.</summary>
    public static SpeakerRef? SubjectOf(string text, IReadOnlyList<Token> tokens)
    {
        if (tokens.Count == 0) return null;
        var segs = Segments(tokens);
        var first = 0;
        while (first < segs.Count - 1 && IsAdverbial(tokens, segs[first])) first++;
        var (s, e) = segs[first];
        while (s < e && Conjunctions.Contains(tokens[s].Word)) s++;
        if (s >= e) return null;
        if (NameLexicon.Pronouns.Contains(tokens[s].Word))
            return new SpeakerRef(SpeakerKind.Pronoun, tokens[s].Word.ToLowerInvariant(), null, tokens[s].Start);
        // No copy when the segment is all the tokens: the sub-list is only read.
        var sub = e - s == tokens.Count ? tokens : SubList(tokens, s, e);
        foreach (var m in Names.Find(sub))
        {
            if (m.Possessive) continue; // "Doe’s visit …", "Ruritania’s opposition leader Jane Doe …"
            // "Local angling club secretary Jane Doe said": a capitalised sentence-initial word, then a lower-case
            // title chain ending in a role noun, before the name. The first word is no one; the chain is a title.
            if (m.Parts == 1 && m.FirstToken == 0 && m.LastToken + 1 < sub.Count && RoleChainBeforeName(sub, m.LastToken + 1))
                continue;
            var roleChain = m.FirstToken > 0 && RoleChainEndsAt(sub, m.FirstToken);
            if (m.FirstToken > (roleChain ? 6 : 4)) return null;
            if (m.FirstToken > 0 && !sub[0].Word.Equals("the", StringComparison.OrdinalIgnoreCase)
                && !char.IsUpper(sub[m.FirstToken - 1].Word[0]) && !roleChain)
                return null; // "Police arrested Jane Doe": the name is an object

            for (var i = 0; i < m.FirstToken; i++)
            {
                var w = sub[i].Word;
                if (i == 0 && w.Equals("the", StringComparison.OrdinalIgnoreCase)) continue;
                if (NameLexicon.Function.Contains(w) || SpeechVerbs.IsVerb(w)) return null;
            }
            return new SpeakerRef(SpeakerKind.Name, m.Name, m.Title, sub[m.FirstToken].Start);
        }
        // "The hospital’s chief executive, Jane Doe, apologised …" / "One of the victims, Jane Doe, 22, …": a role
        // phrase without a name, then the name alone in apposition.
        if (first + 1 < segs.Count && HasRoleNoun(tokens, s, e))
        {
            var (a, b) = segs[first + 1];
            var app = new List<Token>(b - a);
            for (var i = a; i < b; i++) app.Add(tokens[i]);
            var names = Names.Find(app);
            if (names.Count == 1 && names[0].FirstToken == 0 && names[0].LastToken == app.Count - 1 && !names[0].Possessive)
                return new SpeakerRef(SpeakerKind.Name, names[0].Name, Slice(text, tokens, s, e), app[0].Start);
        }
        return null;
    }

    private static bool HasRoleNoun(IReadOnlyList<Token> t, int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            var w = t[i].Word;
            if (char.IsLower(w[0]) && (NameLexicon.Roles.Contains(w) || NameLexicon.PersonNouns.Contains(w) || NameLexicon.IsTitle(w)
                || w.EndsWith("s", StringComparison.Ordinal) && w.Length > 3
                   && (NameLexicon.PersonNouns.Contains(w.Substring(0, w.Length - 1)) || NameLexicon.Roles.Contains(w.Substring(0, w.Length - 1)))))
                return true;
        }
        return false;
    }
}
