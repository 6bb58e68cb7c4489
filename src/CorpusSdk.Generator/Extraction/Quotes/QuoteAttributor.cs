using System.Collections.Generic;

namespace CorpusSdk.Generator.Extraction.Quotes;

/// <summary>Who said a quote, and whether it is a fragment of the writer's sentence.</summary>
internal readonly struct Attributed
{
    public Attributed(string? speaker, string? description, bool partial)
    {
        Speaker = speaker;
        Description = description;
        Partial = partial;
    }

    public string? Speaker { get; }

    public string? Description { get; }

    public bool Partial { get; }
}

/// <summary>
/// Runs the attribution sieves for each quote in article order (earlier results feed pronoun resolution and
/// quotes that continue a speaker's words).
/// </summary>
internal sealed class QuoteAttributor
{
    // The params arrays of Split/Trim, made once (netstandard2.0 has no single-char overloads; each call allocated one).
    private static readonly char[] Space = { ' ' };

    private readonly ParagraphText[] _texts;
    private readonly List<QuoteSpan> _spans;
    private readonly PersonIndex _index;
    private readonly Attributed[] _done;

    public QuoteAttributor(ParagraphText[] texts, List<QuoteSpan> spans, PersonIndex index)
    {
        _texts = texts;
        _spans = spans;
        _index = index;
        _done = new Attributed[spans.Count];
    }

    /// <summary>Whether quote <paramref name="qi"/> is a title in marks ("the show “Morning Desk”").</summary>
    public bool IsTitle(int qi)
    {
        var q = _spans[qi];
        // The words of the quote decide most cases: the writer's words before it are gathered only when they can matter.
        if (!TitleLike.Is(q.Text)) return false;
        var pt = _texts[q.Paragraph];
        var sentence = pt.SentenceAt(q.Open);
        return TitleLike.HasCue(pt.WriterIn(sentence.Start, q.Open));
    }

    public Attributed Attribute(int qi)
    {
        var q = _spans[qi];
        var pt = _texts[q.Paragraph];
        var et = _texts[q.EndParagraph];
        var sentence = pt.SentenceAt(q.Open);
        var endSentence = et.SentenceAt(q.Close);

        var prev = qi > 0 ? _spans[qi - 1] : null;
        var prevSame = prev is not null && prev.EndParagraph == q.Paragraph && prev.Close >= sentence.Start ? prev : null;
        var regionStart = prevSame is not null ? prevSame.Close + 1 : sentence.Start;
        var before = pt.WriterIn(regionStart, q.Open);

        var next = qi + 1 < _spans.Count ? _spans[qi + 1] : null;
        var nextSame = next is not null && next.Paragraph == q.EndParagraph && next.Open < endSentence.End ? next : null;
        var after = et.WriterIn(q.Close + 1, nextSame?.Open ?? endSentence.End);
        var immediate = Attribution.After(et.Text, after, true);
        var partial = IsPartial(qi, q, before, immediate is not null, after.Count == 0);

        var who = immediate;
        if (who is null)
        {
            // The tail (after the last quote of the sentence) is read only when nothing follows this quote at once;
            // it is the same range as "after" when no other quote follows in the sentence.
            var lastClose = q.Close;
            for (var k = qi + 1; k < _spans.Count && _spans[k].Paragraph == q.EndParagraph && _spans[k].Open < endSentence.End; k++)
                lastClose = _spans[k].EndParagraph == q.EndParagraph ? _spans[k].Close : lastClose;
            var tail = nextSame is null && lastClose == q.Close ? after : et.WriterIn(lastClose + 1, endSentence.End);
            who = Attribution.After(et.Text, tail, false);
        }
        var whoParagraph = q.EndParagraph;
        if (who is null)
        {
            who = Attribution.Before(pt.Text, before);
            whoParagraph = q.Paragraph;
        }
        if (who is null && prevSame is not null) return Keep(qi, _done[qi - 1], partial);
        if (who is null && before.Count == 0 && q.Paragraph > 0 && EndsWithColon(_texts[q.Paragraph - 1].Text))
        {
            var pp = _texts[q.Paragraph - 1];
            var last = pp.Sentences[pp.Sentences.Count - 1];
            who = Attribution.Before(pp.Text, pp.WriterIn(last.Start, pp.Text.Length))
                  ?? SpeakerPhrase.Parse(pp.Text, pp.WriterIn(last.Start, pp.Text.Length), true);
            whoParagraph = q.Paragraph - 1;
        }
        if (who is null && before.Count > 0)
        {
            who = SpeakerPhrase.SubjectOf(pt.Text, pt.WriterIn(sentence.Start, q.Open));
            whoParagraph = q.Paragraph;
        }
        if (who is null && prev is not null && prev.EndParagraph == q.Paragraph && before.Count == 0)
            return Keep(qi, _done[qi - 1], partial); // “…,” he said. “…” — the same speaker goes on
        if (who is null && before.Count == 0 && OnlyQuotes(q) && prev is not null && prev.EndParagraph == q.Paragraph - 1
            && _done[qi - 1].Speaker is not null)
            return Keep(qi, _done[qi - 1], partial);
        if (who is null && before.Count == 0 && !partial)
            return Keep(qi, Antecedent(qi, false, partial, 1), partial); // "Doe was defiant. “We will not go.”"
        var resolved = Resolve(who, qi, whoParagraph, partial);
        if (resolved.Speaker is null && q.Paragraph == 0 && (who is null || who.Kind == SpeakerKind.Description))
        {
            // The lede's subject described, not named ("A former nurse … told a jury she had been “set up”").
            var lead = pt.Text.Substring(sentence.Start, q.Open - sentence.Start).Trim();
            if (LedeSubject(lead) is { } named) resolved = new Attributed(named, resolved.Description ?? FirstClause(lead), partial);
        }
        return Keep(qi, resolved, partial);
    }

    private Attributed Keep(int qi, Attributed a, bool partial)
    {
        var result = new Attributed(a.Speaker, a.Description, partial);
        _done[qi] = result;
        return result;
    }

    private Attributed Resolve(SpeakerRef? who, int qi, int paragraph, bool partial)
    {
        if (who is null) return new Attributed(null, null, partial);
        switch (who.Kind)
        {
            case SpeakerKind.Name:
                // A bare capitalised word the article never gives as a person's surname, with no title before it,
                // is far more often a country, city, group or company ("Moscow said", "the group said") than a person.
                if (who.Text.IndexOf(' ') < 0 && !_index.IsKnownPerson(who.Text)
                    && (who.Description is null || _index.LooksLikePlace(who.Text)))
                    return new Attributed(null, who.Text, partial);
                if (who.Description is null && _index.LooksLikeOrganisation(who.Text))
                    return new Attributed(null, who.Text, partial); // "…,” X Y said in a statement (X Y Inc.)
                return new Attributed(_index.Resolve(who.Text, paragraph, who.Offset), who.Description, partial);
            case SpeakerKind.Pronoun when who.Text == "it":
                return ThingAntecedent(qi, partial);
            case SpeakerKind.Pronoun:
                return Antecedent(qi, who.Text == "they", partial, int.MaxValue, who.Text == "he" ? 'm' : who.Text == "she" ? 'f' : '\0');
            default:
                var described = _index.ResolveDescription(who.Text);
                if (described is null && IsAnaphoricEpithet(who.Text))
                {
                    // "…,” the Brazilian said / the 22-year-old added: an epithet for the person just written about.
                    var a = Antecedent(qi, false, partial);
                    if (a.Speaker is not null) return new Attributed(a.Speaker, who.Text, partial);
                }
                return new Attributed(described, who.Text, partial);
        }
    }

    /// <summary>
    /// The nearest speaker before quote <paramref name="qi"/>: the speaker of a quote in an earlier sentence (a
    /// described one such as "one analyst" included) or a sentence's named subject.
    /// </summary>
    private Attributed Antecedent(int qi, bool plural, bool partial, int maxSentences = int.MaxValue, char gender = '\0')
    {
        var q = _spans[qi];
        var seen = 0;
        var limit = _texts[q.Paragraph].SentenceAt(q.Open).Start;
        for (var p = q.Paragraph; p >= 0; p--)
        {
            var pt = _texts[p];
            for (var s = pt.Sentences.Count - 1; s >= 0; s--)
            {
                var sentence = pt.Sentences[s];
                if (p == q.Paragraph && sentence.Start >= limit) continue;
                if (seen++ >= maxSentences) return new Attributed(null, null, partial);
                for (var k = qi - 1; k >= 0; k--)
                {
                    var other = _spans[k];
                    if (other.EndParagraph < p) break; // spans are in order: the rest lie in earlier paragraphs
                    if (other.Paragraph > p) continue;
                    var inside = (other.Paragraph == p && sentence.Contains(other.Open))
                                 || (other.EndParagraph == p && sentence.Contains(other.Close));
                    if (!inside) continue;
                    var d = _done[k];
                    if (d.Speaker is not null && Fits(d.Speaker, gender)) return new Attributed(d.Speaker, null, partial);
                    if (d.Speaker is not null) continue;
                    if (d.Description is not null) return new Attributed(null, d.Description, partial);
                }
                var tokens = pt.WriterIn(sentence.Start, sentence.End);
                var subject = SubjectOf(p, s, tokens);
                // Read at most once per sentence: the described-subject test below wants the same clause.
                SpeakerRef? said = null;
                if (subject is null || subject.Kind == SpeakerKind.Name && subject.Text.IndexOf(' ') < 0 && !_index.IsKnownPerson(subject.Text))
                {
                    // "One of the victims, Jane Doe, 22, said …" / "Jane, a shopkeeper, said …": the subject of a
                    // speech verb read through its apposition.
                    said = Attribution.Before(pt.Text, tokens);
                    if (said is { Kind: SpeakerKind.Name } && !plural && IsPersonName(said))
                    {
                        var named = _index.Resolve(said.Text, p, said.Offset);
                        if (Fits(named, gender)) return new Attributed(named, null, partial);
                        continue;
                    }
                }
                // A null subject always took the branch above, so "said" is the clause before read there.
                if (subject is null && !plural && said is { Kind: SpeakerKind.Description } described
                    && IsPersonDescription(described.Text))
                    return new Attributed(null, described.Text, partial); // "A police officer … said …. “…,” he said."
                if (subject is null || subject.Kind != SpeakerKind.Name)
                {
                    // "Analysts say …. “…,” they said": a plural described subject.
                    if (plural && subject is null && tokens.Count > 0 && IsPluralNoun(tokens[0].Word)) return new Attributed(null, tokens[0].Word, partial);
                    continue;
                }
                if (subject.Text.IndexOf(' ') < 0 && !_index.IsKnownPerson(subject.Text)) continue;
                var full = _index.Resolve(subject.Text, p, subject.Offset);
                if (!Fits(full, gender)) continue;
                return new Attributed(full, null, partial);
            }
        }
        return new Attributed(null, null, partial);
    }

    /// <summary>"The ministry said …. “…,” it said.": the nearest described (non-person) speaker before.</summary>
    private Attributed ThingAntecedent(int qi, bool partial)
    {
        var q = _spans[qi];
        var limit = _texts[q.Paragraph].SentenceAt(q.Open).Start;
        var seen = 0;
        for (var p = q.Paragraph; p >= 0 && seen < 4; p--)
        {
            var pt = _texts[p];
            for (var s = pt.Sentences.Count - 1; s >= 0 && seen < 4; s--)
            {
                var sentence = pt.Sentences[s];
                if (p == q.Paragraph && sentence.Start >= limit) continue;
                seen++;
                for (var k = qi - 1; k >= 0; k--)
                {
                    var other = _spans[k];
                    if (other.EndParagraph < p) break;
                    var inside = (other.Paragraph == p && sentence.Contains(other.Open))
                                 || (other.EndParagraph == p && sentence.Contains(other.Close));
                    if (inside && _done[k].Speaker is null && _done[k].Description is not null)
                        return new Attributed(null, _done[k].Description, partial);
                }
                var said = Attribution.Before(pt.Text, pt.WriterIn(sentence.Start, sentence.End));
                if (said is { Kind: SpeakerKind.Description } && !IsPersonDescription(said.Text))
                    return new Attributed(null, said.Text, partial);
            }
        }
        return new Attributed(null, null, partial);
    }

    private readonly Dictionary<long, SpeakerRef?> _subjects = new();

    /// <summary>The subject of sentence <paramref name="s"/> of paragraph <paramref name="p"/>, computed once.</summary>
    private SpeakerRef? SubjectOf(int p, int s, List<Token> tokens)
    {
        var key = ((long)p << 32) | (uint)s;
        if (!_subjects.TryGetValue(key, out var subject))
        {
            subject = SpeakerPhrase.SubjectOf(_texts[p].Text, tokens);
            _subjects[key] = subject;
        }
        return subject;
    }

    /// <summary>A name the resolver would take for a person (see <see cref="Resolve"/>): several words, a known
    /// person, or one word with a description that is no place.</summary>
    private bool IsPersonName(SpeakerRef who)
        => who.Text.IndexOf(' ') >= 0 || _index.IsKnownPerson(who.Text)
           || who.Description is not null && !_index.LooksLikePlace(who.Text);

    /// <summary>False only when the article's titles give the person the other gender than the pronoun.</summary>
    private bool Fits(string person, char gender)
    {
        if (gender == '\0') return true;
        var known = _index.GenderOf(person);
        return known == '\0' || known == gender;
    }

    /// <summary>
    /// The news lede names no one ("A former nurse accused of … said she had been “set up”") and the next paragraph
    /// opens with the name and age of that person ("Jane Doe, 36, denies …"): the described speaker is that person.
    /// </summary>
    private string? LedeSubject(string description)
    {
        if (!(description.StartsWith("A ", System.StringComparison.OrdinalIgnoreCase) || description.StartsWith("An ", System.StringComparison.OrdinalIgnoreCase))
            || !IsPersonDescription(FirstClause(description)) || _texts.Length < 2)
            return null;
        // Sources and officials quoted in a lede are other people than the one the story is about.
        var head = HeadOf(FirstClause(description));
        if (head is "spokesman" or "spokeswoman" or "spokesperson" or "official" or "officer" or "source" or "witness"
            or "policeman" or "policewoman" or "analyst" or "expert" or "resident" or "neighbour" or "neighbor"
            or "relative" or "friend" or "insider" or "critic" or "supporter" or "colleague" or "lawyer" or "attorney"
            or "prosecutor" or "judge" or "diplomat" or "aide" or "adviser" or "advisor" or "member" or "officials")
            return null;
        var next = _texts[1];
        var tokens = next.WriterIn(0, next.Sentences[0].End);
        var names = Names.Find(tokens);
        if (names.Count == 0 || names[0].FirstToken != 0 || names[0].Parts < 2 || names[0].Possessive) return null;
        var after = names[0].LastToken + 1;
        if (tokens[names[0].LastToken].Trail != ',' || after >= tokens.Count || tokens[after].Trail != ',') return null;
        foreach (var c in tokens[after].Word)
            if (!char.IsDigit(c)) return null;
        return names[0].Name;
    }

    /// <summary>"a former nurse accused of …" → "a former nurse": the words before a participle or relative clause.</summary>
    private static string FirstClause(string description)
    {
        var words = description.Split(' ');
        var n = 0;
        while (n < words.Length && !(words[n] is "who" or "whose" or "accused" or "charged" or "convicted" or "found" or "jailed"
                   or "arrested" or "wanted" or "suspected" or "known" or "described" or "that" or "which"))
            n++;
        return string.Join(" ", words, 0, System.Math.Max(1, n));
    }

    /// <summary>
    /// "the Brazilian", "the 22-year-old", "the Frenchman", "the veteran": a definite epithet that sports and
    /// feature writing use for the person last named, never for a new, unnamed speaker.
    /// </summary>
    private static bool IsAnaphoricEpithet(string description)
    {
        var words = description.Split(Space, System.StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Length > 3 || !words[0].Equals("the", System.StringComparison.OrdinalIgnoreCase)) return false;
        var head = words[words.Length - 1];
        if (head.EndsWith("-year-old", System.StringComparison.Ordinal)) return true;
        // Nationality nouns only: a capitalised office ("the Chairman") is a title, left to the description resolver.
        if (char.IsUpper(head[0]) && (NameLexicon.IsDemonym(head) || Epithets.Contains(head)))
            return true;
        // Sports copy calls the player just named by position: "…,” the defender said.
        return head is "veteran" or "youngster" or "teenager" or "newcomer" or "champion" or "rookie" or "star"
            or "defender" or "striker" or "midfielder" or "goalkeeper" or "keeper" or "forward" or "winger"
            or "playmaker" or "full-back" or "centre-back" or "center-back" or "quarterback" or "pitcher"
            or "batsman" or "batter" or "bowler" or "skipper" or "jockey" or "sprinter" or "golfer" or "boxer";
    }

    private static readonly HashSet<string> Epithets = new(System.StringComparer.Ordinal)
    {
        "Briton", "Scot", "Spaniard", "Swede", "Dane", "Pole", "Finn", "Brazilian", "Argentine", "Kiwi", "Aussie",
        "Frenchman", "Dutchman", "Englishman", "Irishman", "Welshman", "Scotsman", "Frenchwoman", "Dutchwoman",
        "Englishwoman", "Irishwoman", "Welshwoman", "Scotswoman", "Texan", "Californian", "Yorker",
    };

    /// <summary>The head noun: the last word before any prepositional tail ("a police officer at the scene").</summary>
    internal static string HeadOf(string description)
    {
        // Without Split's array and word copies: the words between single spaces, walked in place, and only the
        // head copied (by the shared word table).
        var headStart = 0;
        var headEnd = description.IndexOf(' ');
        if (headEnd < 0) return description;
        var start = 0;
        while (true)
        {
            var end = description.IndexOf(' ', start);
            if (end < 0) end = description.Length;
            if (IsHeadStop(description, start, end - start)) break;
            headStart = start;
            headEnd = end;
            if (end == description.Length) break;
            start = end + 1;
        }
        return Tokens.WordAt(description, headStart, headEnd - headStart);
    }

    /// <summary>Whether description[start, start + length) is a word that ends the head (a preposition, "who" or "whose").</summary>
    private static bool IsHeadStop(string text, int start, int length)
    {
        switch (length)
        {
            case 2:
                return string.CompareOrdinal(text, start, "at", 0, 2) == 0 || string.CompareOrdinal(text, start, "in", 0, 2) == 0
                    || string.CompareOrdinal(text, start, "of", 0, 2) == 0 || string.CompareOrdinal(text, start, "on", 0, 2) == 0;
            case 3:
                return string.CompareOrdinal(text, start, "for", 0, 3) == 0 || string.CompareOrdinal(text, start, "who", 0, 3) == 0;
            case 4:
                return string.CompareOrdinal(text, start, "from", 0, 4) == 0 || string.CompareOrdinal(text, start, "with", 0, 4) == 0
                    || string.CompareOrdinal(text, start, "near", 0, 4) == 0;
            case 5:
                return string.CompareOrdinal(text, start, "whose", 0, 5) == 0;
            default:
                return false;
        }
    }

    private static bool IsPersonDescription(string description)
    {
        var head = HeadOf(description);
        return NameLexicon.Roles.Contains(head) || NameLexicon.PersonNouns.Contains(head)
               || head.EndsWith("-year-old", System.StringComparison.Ordinal);
    }

    private static bool IsPluralNoun(string word)
        => word.Length > 3 && word.EndsWith("s", System.StringComparison.Ordinal)
           && NameLexicon.Roles.Contains(word.Substring(0, word.Length - 1).ToLowerInvariant());

    private bool IsPartial(int qi, QuoteSpan q, List<Token> before, bool attributedAfter, bool nothingAfter)
    {
        if (q.EndParagraph > q.Paragraph) return false;
        var text = q.Text;
        var first = '\0';
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) { first = c; break; }
        }
        var speechBefore = false;
        foreach (var t in before)
            if (SpeechVerbs.IsFiniteVerb(t.Word)) speechBefore = true;
        var cleanStart = before.Count == 0 || before[before.Count - 1].Trail == ':'
                         || (before[before.Count - 1].Trail == ',' && speechBefore)
                         || AfterDash(_texts[q.Paragraph].Text, q.Open);
        if (!cleanStart) return true;
        if (char.IsLower(first))
        {
            var continues = qi > 0 && before.Count > 0 && speechBefore && !_done[qi - 1].Partial
                            && _spans[qi - 1].EndParagraph == q.Paragraph;
            if (!continues) return true;
        }
        if (nothingAfter || attributedAfter) return false;
        var last = text[text.Length - 1];
        return !(last is ',' or '.' or '?' or '!' or '…' or ';' or ':' or '-' or '—');
    }

    /// <summary>"PARIS (Reuters) - “…”": a dateline dash (or a colon) right before the opening mark.</summary>
    private static bool AfterDash(string text, int open)
    {
        var k = open - 1;
        while (k >= 0 && char.IsWhiteSpace(text[k])) k--;
        return k >= 0 && text[k] is '-' or '—' or '–' or ':';
    }

    private static bool EndsWithColon(string text)
    {
        var t = text.TrimEnd();
        return t.Length > 0 && t[t.Length - 1] == ':';
    }

    private bool OnlyQuotes(QuoteSpan q)
    {
        var pt = _texts[q.Paragraph];
        return pt.Writer.Count == 0;
    }
}
