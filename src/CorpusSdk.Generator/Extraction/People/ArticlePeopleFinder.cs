using System;
using System.Collections.Generic;
using System.Linq;
using CorpusSdk.Generator.Model;

namespace CorpusSdk.Generator.Extraction.People;

/// <summary>Finds the people one article names, with their spellings, titles and roles.</summary>
/// <remarks>
/// <para><b>Detection.</b> Text is scanned by hand into word tokens. A candidate name is a run of capitalised
/// tokens separated only by spaces, with lower-case particles allowed inside ("bin", "van", "de") and Arabic
/// article prefixes on a token ("al-X"); a possessive ends the run. Runs break at ALL-CAPS words (acronyms,
/// datelines), numbers, weekdays, months beside a number, and compound adjectives ("X-led").</para>
/// <para><b>Titles.</b> Leading function words ("But", "The") are dropped. A title head inside the run (not as its
/// last word) splits it: what comes before, with any demonym ("Iraqi Prime Minister"), is a title, the rest the
/// name; honorifics ("Ayatollah", "Dr.") are title heads so they never become name parts. Title words just before
/// the run ("spokesman X") and an apposition after it ("X, the government spokesman") are titles too.</para>
/// <para><b>Not people.</b> A run holding an organisation or place word ("Army", "Ministry", "City", "Square") is an
/// organisation or a place, also when a media noun follows it ("X news agency"); runs made only of title words,
/// demonyms or religious adjectives ("Supreme Leader", "Sunni Arab") name nobody.</para>
/// <para><b>Joining.</b> Multi-token names join by <see cref="NameKey.Compatible"/>. A single capitalised word is a
/// person only if it is a quote speaker or a later/earlier mention of exactly one full name of the article (its
/// surname, else its given name, compared by skeleton so "Al-Doe" joins "Sami al-Doe"); otherwise it is dropped,
/// which is what keeps sentence-initial words, places and agencies out. One exception: a word right after a
/// capitalised personal title ("President X", "Mr. X", "King X") is a person even alone.</para>
/// </remarks>
internal static class ArticlePeopleFinder
{
    public static EquatableArray<ArticlePersonModel> Find(
        IReadOnlyList<ParagraphModel> paragraphs,
        IReadOnlyList<CaptionModel> captions,
        IReadOnlyList<CreditModel> credits,
        IReadOnlyList<QuoteModel> quotes)
    {
        var occs = new List<Occ>();
        foreach (var p in paragraphs)
            if (!IsTitleCaseLine(p.Text))
                ScanText(p.Text, (long)p.Line * 1_000_000, occs);
        foreach (var c in captions)
        {
            var text = c.Text;
            if (c.Credit is { Length: > 0 } credit)
            {
                var at = text.LastIndexOf(credit, StringComparison.Ordinal);
                if (at >= 0) text = text.Remove(at, credit.Length);
                var photographer = CaptionCreditName(credit);
                if (photographer is not null)
                    occs.Add(new Occ(photographer, RoleFlags.Photographer, (long)c.Line * 1_000_000 + 999_000));
            }
            ScanText(text, (long)c.Line * 1_000_000, occs);
        }
        for (var i = 0; i < credits.Count; i++)
        {
            var cr = credits[i];
            var role = cr.Role switch
            {
                CreditKind.Author => RoleFlags.Author,
                CreditKind.Reporting => RoleFlags.Reporting,
                CreditKind.Editing => RoleFlags.Editing,
                _ => RoleFlags.Photographer,
            };
            var order = cr.Role == CreditKind.Author ? -1_000_000 + i : long.MaxValue / 2 + i;
            foreach (var name in SplitCreditNames(cr.Name))
                occs.Add(new Occ(name, role, order));
        }

        var clusters = new List<Cluster>();
        // A. Multi-token names (text, captions, credits) in order of appearance.
        foreach (var o in Sorted(occs, multi: true))
        {
            var c = FirstCompatible(clusters, o.Info);
            if (c is null) clusters.Add(c = new Cluster());
            c.Add(o);
        }
        // B. Quote speakers: each must end up as the Name or a Mention of exactly one person.
        foreach (var q in quotes)
        {
            if (q.Speaker is not { Length: > 0 } speaker) continue;
            var o = new Occ(speaker, RoleFlags.Quoted, (long)q.Line * 1_000_000 + 999_999, StripLeadingTitles(speaker));
            Cluster? c = null;
            foreach (var x in clusters)
                if (x.Spellings.Contains(speaker)) { c = x; break; }
            if (c is null && o.Core >= 2)
                c = FirstCompatible(clusters, o.Info);
            if (c is null && o.Core < 2) c = MatchSingle(clusters, o.Key, allowSkeleton: true);
            if (c is null) clusters.Add(c = new Cluster());
            c.Add(o);
        }
        // C. Single words: later (or earlier) mentions of one known person, else dropped; a titled one
        // ("President X", "Mr. X") is a person on its own, and the plain ones can then join it.
        foreach (var o in Sorted(occs, multi: false))
        {
            var c = MatchSingle(clusters, o.Key, allowSkeleton: false);
            if (c is null && o.Titled)
            {
                // "Sergeant Lee's mother, Denise Lee": a titled surname shared by several people goes to the one
                // with that title, or to no one; it is not a person of its own.
                var folded = LastFolded(o.Key);
                var sharing = clusters.Where(x => x.FoldedSurnames.Contains(folded)).ToList();
                if (sharing.Count > 1) c = Unique(sharing.Where(x => x.HasTitleLike(o.Titles)));
                else clusters.Add(c = new Cluster());
            }
            c?.Add(o);
        }

        var texts = new List<string>(paragraphs.Count);
        foreach (var p in paragraphs) texts.Add(p.Text);
        var result = new List<ArticlePersonModel>();
        // By first appearance; a stable sort (ties keep the order the clusters were made in), as OrderBy was.
        var byFirst = new (long Order, int Index)[clusters.Count];
        for (var k = 0; k < byFirst.Length; k++) byFirst[k] = (clusters[k].FirstOrder, k);
        Array.Sort(byFirst); // (Order, Index) pairs compare by order, then index
        foreach (var (_, ci) in byFirst)
        {
            var c = clusters[ci];
            // "Shares of X Y fell", "X Y Inc.", "X Y, which …": a company or body named like a person, unless the
            // article also treats it as one (a title, a quote, "Mr. Y").
            // The strongest cue of the full names (a loop, not Enumerable.Max with a closure per cluster).
            var cue = OrganisationCue.None;
            foreach (var f in c.Full)
            {
                var fc = OrganisationCues.Of(f, texts);
                if (fc > cue) cue = fc;
            }
            if (cue == OrganisationCue.Strong && !c.HasStrongPersonEvidence || cue == OrganisationCue.Weak && !c.HasPersonEvidence) continue;
            result.Add(c.ToModel());
        }
        return result.ToEquatableArray();
    }

    /// <summary>
    /// The multi-token occurrences (<paramref name="multi"/>) by order, or the one-word ones, titled first, then by
    /// order; ties keep list order (the stable OrderBy this replaces), through the index in the sort key.
    /// </summary>
    private static Occ[] Sorted(List<Occ> occs, bool multi)
    {
        var n = 0;
        foreach (var o in occs)
            if (multi ? o.Core >= 2 : o.Core == 1) n++;
        var keyed = new (long Order, int Index, Occ Occ)[n];
        n = 0;
        for (var k = 0; k < occs.Count; k++)
        {
            var o = occs[k];
            if (multi ? o.Core >= 2 : o.Core == 1) keyed[n++] = (o.Order, k, o);
        }
        if (n > 1)
        {
            if (multi) Array.Sort(keyed, static (x, y) => x.Order != y.Order ? x.Order.CompareTo(y.Order) : x.Index.CompareTo(y.Index));
            else
                Array.Sort(keyed, static (x, y) =>
                {
                    if (x.Occ.Titled != y.Occ.Titled) return x.Occ.Titled ? -1 : 1;
                    return x.Order != y.Order ? x.Order.CompareTo(y.Order) : x.Index.CompareTo(y.Index);
                });
        }
        var result = new Occ[n];
        for (var k = 0; k < n; k++) result[k] = keyed[k].Occ;
        return result;
    }

    /// <summary>
    /// The one person a single word can stand for: exact spelling, else the same surname (folded, "al-" dropped), else
    /// (speakers only, whose spelling may come from elsewhere) the same surname skeleton, else the same given name.
    /// In the text itself a writer spells a name one way, so a skeleton twin ("Hassan" beside "X Hussein") is
    /// more likely someone else and is not joined.
    /// </summary>
    private static Cluster? MatchSingle(List<Cluster> clusters, string word, bool allowSkeleton)
    {
        // Loops rather than LINQ: this runs for every one-word mention and speaker. "Unique" below means exactly
        // one cluster matches; none or several give no answer at that step.
        var hit = UniqueWith(clusters, word, static (c, w) => c.Spellings.Contains(w), out _);
        if (hit is not null) return hit;
        var info = NameKey.Info(word);
        if (info.CoreCount == 0) return null;
        // Exact surname spelling first (folded, article dropped), so "Rahimi" is not made ambiguous by a
        // "Rahim" in the same article whose skeleton is the same.
        var folded = info.LastFolded;
        var exact = UniqueWith(clusters, folded, static (c, f) => c.FoldedSurnames.Contains(f), out var anyExact);
        if (anyExact) return exact;
        if (allowSkeleton)
        {
            var key = info.LastSkeleton;
            if (key.Length == 0) return null;
            var bySurname = UniqueWith(clusters, key, static (c, k) => c.SurnameKeys.Contains(k), out var anySurname);
            if (anySurname) return bySurname;
        }
        // A given name alone must match exactly (skeletons of short words collide: "Frank"/"France").
        return UniqueWith(clusters, folded, static (c, f) =>
        {
            foreach (var full in c.Full)
                if (FirstFolded(full) == f) return true;
            return false;
        }, out _);
    }

    /// <summary>The one cluster that matches (null when none or several); <paramref name="any"/>: one at least.</summary>
    private static Cluster? UniqueWith(List<Cluster> clusters, string arg, Func<Cluster, string, bool> match, out bool any)
    {
        Cluster? one = null;
        any = false;
        foreach (var c in clusters)
        {
            if (!match(c, arg)) continue;
            if (any) return null;
            any = true;
            one = c;
        }
        return one;
    }

    /// <summary>
    /// A paragraph of five or more words, four in five capitalised, with no sentence punctuation at its end, is a
    /// heading or page furniture that slipped into the body ("Related: Zarvia Talks Stall Again"); its capitalised
    /// runs are not names. (A real sentence such as "Prime Minister Jane Doe resigned." ends with a stop.)
    /// </summary>
    private static bool IsTitleCaseLine(string text)
    {
        var t = text.TrimEnd();
        if (t.Length == 0 || t[t.Length - 1] is '.' or '!' or '?' or ':' or '"' or '\u201d' or '\u2019' or '\'' or ')') return false;
        int words = 0, caps = 0;
        var inWord = false;
        foreach (var ch in text)
        {
            if (IsLetter(ch))
            {
                if (!inWord) { words++; if (char.IsUpper(ch)) caps++; }
                inWord = true;
            }
            else if (!IsApostrophe(ch) && !IsHyphen(ch) && ch != '.') inWord = false;
        }
        return words >= 5 && caps * 5 >= words * 4;
    }

    private static string LastFolded(string fullName) => NameKey.Info(fullName).LastFolded;

    private static string FirstFolded(string fullName) => NameKey.Info(fullName).FirstFolded;

    /// <summary>The first cluster with a full name compatible with <paramref name="key"/> (keys precomputed).</summary>
    private static Cluster? FirstCompatible(List<Cluster> clusters, NameKey.NameInfo key)
    {
        foreach (var c in clusters)
            foreach (var f in c.FullInfo)
                if (NameKey.Compatible(f, key)) return c;
        return null;
    }

    private static Cluster? Unique(IEnumerable<Cluster> cs)
    {
        Cluster? one = null;
        foreach (var c in cs)
        {
            if (one is not null) return null;
            one = c;
        }
        return one;
    }

    /// <summary>
    /// The photographer in a caption credit: "AGENCY/Jane Doe", "Jane Doe / Agency", "Photo: Jane Doe",
    /// "Agency Photo/Jane Doe". The part with two or more capitalised words and no organisation word.
    /// </summary>
    internal static string? CaptionCreditName(string credit)
    {
        var s = credit.Trim().Trim('(', ')', '[', ']').Trim();
        foreach (var prefix in new[] { "Photo by", "Photograph by", "Picture by", "Photo:", "Photograph:", "Picture:", "Credit:", "Photo credit:", "Image:" })
            if (s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) { s = s.Substring(prefix.Length).Trim(); break; }
        foreach (var part in s.Split('/', '|', ',', ';'))
        {
            var p = part.Trim();
            var toks = NameKey.Tokens(p);
            if (toks.Length < 2 || toks.Length > 5) continue;
            var ok = true;
            foreach (var t in toks)
            {
                if (NameLexicon.IsOrgOrPlace(t) || NameLexicon.IsTitleWord(t) || (!char.IsUpper(t[0]) && !NameLexicon.Particles.Contains(t)))
                { ok = false; break; }
            }
            if (ok) return toks.All(IsAllCaps) ? string.Join(" ", toks.Select(TitleCase)) : string.Join(" ", toks);
        }
        return null;
    }

    /// <summary>
    /// Credit names may list several people ("Jane Doe and John Roe", "Jane Doe, John Roe") or carry furniture
    /// ("Jane Doe, Staff Writer", "AGENCY"): parts that are organisations, titles or one ALL-CAPS word are dropped,
    /// ALL-CAPS names are title-cased ("JANE DOE" → "Jane Doe").
    /// </summary>
    private static IEnumerable<string> SplitCreditNames(string name)
    {
        foreach (var a in name.Split(new[] { " and ", " And ", " AND ", ",", ";", " & ", "|", "/" }, StringSplitOptions.RemoveEmptyEntries))
        {
            var t = a.Trim();
            if (t.StartsWith("By ", StringComparison.OrdinalIgnoreCase)) t = t.Substring(3).Trim();
            var toks = NameKey.Tokens(t);
            if (toks.Length == 0 || toks.Length > 6) continue;
            if (toks.Any(NameLexicon.IsOrgOrPlace)) continue;
            if (toks.All(w => NameLexicon.IsTitleWord(w) || NameLexicon.FunctionWords.Contains(w))) continue;
            if (toks.Length == 1 && IsAllCaps(toks[0])) continue;
            yield return toks.All(IsAllCaps) ? string.Join(" ", toks.Select(TitleCase)) : string.Join(" ", toks);
        }
    }

    private static string TitleCase(string w)
    {
        var chars = w.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (i == 0 || chars[i - 1] is '-' or '\'' or '\u2019' or '.')
                chars[i] = char.ToUpperInvariant(chars[i]);
        return new string(chars);
    }

    /// <summary>Drops leading title words from a speaker name ("Mr. Doe" → "Doe", "President Jane Doe" → "Jane Doe").</summary>
    private static string StripLeadingTitles(string speaker)
    {
        var toks = NameKey.Tokens(speaker);
        var i = 0;
        while (i < toks.Length - 1 && (NameLexicon.IsTitleWord(toks[i]) || NameLexicon.IsDemonym(toks[i]))) i++;
        return string.Join(" ", toks.Skip(i));
    }

    // ---------------------------------------------------------------- scanning

    private enum Kind { Name, Particle, Lower, Caps, Number, Compound, Suffix }

    /// <summary>
    /// One word of the scanned text. A struct in a reused array: filling it stores no object reference (a reused
    /// class object would take a write barrier per field into an old object), and its words are copied lazily.
    /// </summary>
    private struct Tok
    {
        public string? Word;         // the copied word, once a rule has read it (see Toks.Text)
        public int Start;
        public int End;
        public int Length;           // of the word in the source: the possessive "'s" is not part of it
        public Kind Kind;
        public bool JoinPrev;        // only spaces between the previous token and this one
        public bool SentenceStart;   // first word of a sentence, quotation or dateline-led text
        public bool Possessive;      // "X's": the run ends here
        public bool CommaAfter;      // ", " follows (apposition)
    }

    /// <summary>The tokens of the text being scanned, in an array reused by the next call on this thread.</summary>
    private sealed class Toks
    {
        public Tok[] Items = new Tok[64];
        public int Count;
        public string Source = "";

        public ref Tok this[int i] => ref Items[i];

        /// <summary>Token i's word, copied out of the source only when a rule reads it (most lower-case words are never read).</summary>
        public string Text(int i)
        {
            ref var t = ref Items[i];
            return t.Word ??= Quotes.Tokens.WordAt(Source, t.Start, t.Length);
        }

        public bool EndsWithDot(int i)
        {
            ref var t = ref Items[i];
            return t.Length > 0 && Source[t.Start + t.Length - 1] == '.';
        }
    }

    [ThreadStatic] private static Toks? _toks;

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02bc' or '`';

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary><see cref="char.IsLetter(char)"/>, with ASCII answered by range tests (most characters of a page).</summary>
    internal static bool IsLetter(char c) =>
        c < 0x80 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);

    /// <summary><see cref="char.IsLetterOrDigit(char)"/>, with ASCII answered by range tests.</summary>
    internal static bool IsLetterOrDigit(char c) =>
        c < 0x80 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : char.IsLetterOrDigit(c);

    private static bool IsAllCaps(string w)
    {
        var letters = 0;
        foreach (var ch in w)
        {
            if (!char.IsLetter(ch)) continue;
            letters++;
            if (!char.IsUpper(ch)) return false;
        }
        return letters >= 2;
    }

    /// <summary>The text's tokens, in an array reused by the next call on this thread.</summary>
    private static Toks Tokenize(string text)
    {
        var toks = _toks ??= new Toks();
        toks.Source = text;
        var n = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!IsLetterOrDigit(c)) { i++; continue; }
            var start = i;
            var j = i;
            var segLen = 0;
            var dotOrHyphen = false; // inside the word, for Classify
            while (j < text.Length)
            {
                var ch = text[j];
                if (IsLetterOrDigit(ch)) { j++; segLen++; continue; }
                var hasNext = j + 1 < text.Length;
                if (IsApostrophe(ch) && hasNext && IsLetter(text[j + 1])) { j++; continue; }
                if (IsHyphen(ch) && hasNext && IsLetterOrDigit(text[j + 1])) { j++; segLen = 0; dotOrHyphen = true; continue; }
                if (ch == '.' && hasNext && IsLetter(text[j + 1]) && segLen == 1) { j++; segLen = 0; dotOrHyphen = true; continue; }
                break;
            }
            // The word is text[start, start + length): a dot kept after an abbreviation or initial is the next
            // character, a possessive "'s" its last two.
            var length = j - start;
            if (j < text.Length && text[j] == '.' &&
                ((length == 1 && char.IsUpper(text[start])) || text.IndexOf('.', start, length) >= 0
                 || NameLexicon.Abbreviations.Contains(text.Substring(start, length))))
            {
                j++;
                length++;
                dotOrHyphen = true;
            }
            if (n == toks.Items.Length) Array.Resize(ref toks.Items, n * 2);
            ref var tok = ref toks.Items[n];
            tok.Word = null;
            tok.Start = start;
            tok.End = j;
            tok.Length = length;
            tok.JoinPrev = tok.SentenceStart = tok.Possessive = tok.CommaAfter = false;
            if (length > 2 && text[start + length - 1] is 's' or 'S' && IsApostrophe(text[start + length - 2]))
            {
                tok.Length = length -= 2;
                tok.Possessive = true;
            }
            else if (j < text.Length && IsApostrophe(text[j]) && text[start + length - 1] == 's'
                     && (j + 1 >= text.Length || !char.IsLetter(text[j + 1])))
            {
                tok.Possessive = true; // plural possessive "the Does' house"
            }
            tok.Kind = Classify(toks, n, dotOrHyphen);
            var prevEndsWithDot = false;
            if (n > 0)
            {
                ref var prev = ref toks.Items[n - 1];
                // The gap text[prev.End, start) read in place: only white space (JoinPrev), or ',' then only white
                // space (CommaAfter); the same answers as Trim()/TrimEnd() on a substring of it.
                var gapStart = prev.End;
                var allSpace = start > gapStart;
                for (var g = gapStart; g < start && allSpace; g++)
                    if (!Quotes.Tokens.IsSpace(text[g])) allSpace = false;
                tok.JoinPrev = allSpace && !prev.Possessive;
                var comma = start > gapStart && text[gapStart] == ',';
                for (var g = gapStart + 1; g < start && comma; g++)
                    if (!Quotes.Tokens.IsSpace(text[g])) comma = false;
                prev.CommaAfter = comma;
                prevEndsWithDot = toks.EndsWithDot(n - 1);
            }
            tok.SentenceStart = IsSentenceStart(text, start, n > 0, prevEndsWithDot);
            toks.Count = ++n;
            i = j;
        }
        toks.Count = n;
        return toks;
    }

    private static bool IsSentenceStart(string text, int start, bool hasPrev, bool prevEndsWithDot)
    {
        var k = start - 1;
        while (k >= 0)
        {
            var ch = text[k];
            if (Quotes.Tokens.IsSpace(ch)) { k--; continue; }
            if (ch is '\u201c' or '"' or '\u2018' or '\u00ab' or '(' or '[') return true;
            if (ch is '!' or '?' or ':' or ';' or '\u2014' or '\u2013' or '-' or '\u2022' or '|') return true;
            if (ch == '.') return !hasPrev || !prevEndsWithDot;
            return false;
        }
        return true;
    }

    /// <summary>
    /// <see cref="Classify(string)"/> of the token's word, read in place when it is a plain lower-case word (no dot, no
    /// hyphen, as the tokenizer saw it): then only the particle test applies, so the word is not copied.
    /// </summary>
    private static Kind Classify(Toks toks, int i, bool dotOrHyphen)
    {
        ref var tok = ref toks[i];
        var first = toks.Source[tok.Start];
        if (dotOrHyphen || char.IsDigit(first) || char.IsUpper(first)) return Classify(toks.Text(i));
        return IsParticleAt(toks.Source, tok.Start, tok.Length) ? Kind.Particle : Kind.Lower;
    }

    private static readonly int MaxParticleLength = NameLexicon.Particles.Max(p => p.Length);

    /// <summary>
    /// <see cref="NameLexicon.Particles"/> (all starting with a letter a-z) by length and first letter, at
    /// <c>length * 26 + (first - 'a')</c>: a word is compared only with the one to five of its bucket.
    /// </summary>
    private static readonly string[][] ParticleBuckets = Enumerable.Range(0, (MaxParticleLength + 1) * 26)
        .Select(k => NameLexicon.Particles.Where(p => p.Length == k / 26 && p[0] - 'a' == k % 26).ToArray()).ToArray();

    /// <summary>Whether text[start, start + length) is a particle (ordinal, as the set's comparer), read in place.</summary>
    private static bool IsParticleAt(string text, int start, int length)
    {
        var letter = text[start] - 'a';
        if (length > MaxParticleLength || (uint)letter >= 26) return false;
        foreach (var particle in ParticleBuckets[length * 26 + letter])
            if (string.CompareOrdinal(text, start, particle, 0, length) == 0) return true;
        return false;
    }

    private static Kind Classify(string w)
    {
        if (char.IsDigit(w[0])) return Kind.Number;
        if (NameLexicon.Suffixes.Contains(w) && char.IsUpper(w[0])) return Kind.Suffix;
        var dot = w.IndexOf('.');
        if (IsAllCaps(w) && (dot < 0 || dot == w.Length - 1)) return Kind.Caps;
        if (dot >= 0 && dot < w.Length - 1)
        {
            // "U.S.", "U.N." are places and bodies; other runs of single-letter initials ("J.K.") are name parts.
            if (DottedAbbreviations.Contains(w)) return Kind.Caps;
            foreach (var seg in w.Split(new[] { '.' }, StringSplitOptions.RemoveEmptyEntries))
                if (seg.Length != 1 || !char.IsUpper(seg[0])) return Kind.Caps;
            return Kind.Name;
        }
        if (w.IndexOfAny(Hyphens) >= 0)
        {
            var parts = w.Split(Hyphens);
            if (parts[0].Length > 0 && char.IsLower(parts[0][0]))
                return NameLexicon.ArticlePrefixes.Contains(parts[0]) && parts[1].Length > 0 && char.IsUpper(parts[1][0]) ? Kind.Name : Kind.Lower;
            for (var p = 1; p < parts.Length; p++)
                if (parts[p].Length == 0 || (!char.IsUpper(parts[p][0]) && (parts[p].Length >= 5 || NameLexicon.AdjectiveTails.Contains(parts[p]))))
                    return Kind.Compound; // "X-led", "Arab-style"; "Ki-moon" stays a name
            return Kind.Name;
        }
        if (char.IsUpper(w[0])) return Kind.Name;
        return NameLexicon.Particles.Contains(w) ? Kind.Particle : Kind.Lower;
    }

    private static readonly char[] Hyphens = { '-', '\u2010', '\u2011' };

    private static readonly HashSet<string> DottedAbbreviations = new(StringComparer.Ordinal)
    {
        "U.S.", "U.N.", "U.K.", "E.U.", "U.A.E.", "D.C.", "U.S.A.", "P.M.", "A.M.", "N.Y.", "L.A.", "U.S", "U.N", "U.K",
    };

    private static bool IsDateWord(Toks toks, int i)
    {
        var w = toks.Text(i);
        if (NameLexicon.Weekdays.Contains(w)) return true;
        if (!NameLexicon.Months.Contains(w)) return false;
        var nextNum = i + 1 < toks.Count && toks[i + 1].Kind == Kind.Number;
        var prevNum = i > 0 && toks[i - 1].Kind == Kind.Number;
        var alone = (i == 0 || !toks[i].JoinPrev || toks[i - 1].Kind != Kind.Name)
                    && (i + 1 >= toks.Count || !toks[i + 1].JoinPrev || toks[i + 1].Kind != Kind.Name);
        return nextNum || prevNum || alone || w.EndsWith(".", StringComparison.Ordinal);
    }

    private static bool InRun(Toks toks, int i) =>
        toks[i].Kind is Kind.Name or Kind.Particle or Kind.Suffix && !IsDateWord(toks, i);

    /// <summary>Lower-case media nouns that make the run before them a broadcaster or agency ("X news agency").</summary>
    private static readonly HashSet<string> MediaNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "news", "agency", "television", "tv", "radio", "channel", "newspaper", "network", "broadcaster", "satellite",
        "daily", "weekly", "magazine", "website", "agency's",
    };

    /// <summary>Lower-case place nouns that make the run before them a place ("X prison", "X district").</summary>
    private static readonly HashSet<string> FollowingPlaceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "prison", "jail", "airport", "province", "district", "neighborhood", "neighbourhood", "camp", "refinery",
        "mosque", "shrine", "street", "square", "stadium", "hospital", "university", "village", "town", "city",
        "county", "region", "valley", "river", "bridge", "highway", "suburb", "area", "border", "crossing", "dam",
        "port", "base", "compound", "palace", "headquarters", "governorate", "township", "municipality",
        "capital", "island", "state", "kingdom", "republic", "emirate", "borough", "parish", "hamlet",
    };

    /// <summary>Lower-case nouns that make the run before them a body or campaign ("the Save X Fields campaign").</summary>
    private static readonly HashSet<string> FollowingBodyNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "campaign", "movement", "coalition", "charity", "foundation", "initiative", "appeal", "society", "brand", "label",
    };

    /// <summary>Adjectives that open a title, never a name ("Former X striker Jane Doe", "Acting X").</summary>
    private static readonly HashSet<string> LeadingAdjectives = new(StringComparer.Ordinal)
    {
        "Former", "Acting", "Interim", "Ex", "Late", "Outgoing", "Incoming", "Retired", "Veteran", "Then",
    };

    private static readonly HashSet<string> InnerFunctionWords = new(StringComparer.Ordinal)
    {
        "Without", "Of", "For", "And", "The", "Against", "Beyond", "Across", "Through", "Under", "Over", "Between",
        "Among", "Into", "With", "From", "Within", "Around",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the", "his", "her", "its", "their" };

    private static void ScanText(string text, long baseOrder, List<Occ> occs)
    {
        if (string.IsNullOrEmpty(text)) return;
        var toks = Tokenize(text);
        var i = 0;
        while (i < toks.Count)
        {
            if (!InRun(toks, i)) { i++; continue; }
            var s = i;
            var e = i;
            while (e + 1 < toks.Count && !toks[e].Possessive && toks[e + 1].JoinPrev)
            {
                if (InRun(toks, e + 1)) { e++; continue; }
                // "Secretary of State X", "Minister for Europe X": of/for after a capitalised title head stays in.
                if (toks.Text(e + 1) is "of" or "for" && toks[e].Kind == Kind.Name && NameLexicon.TitleHeads.Contains(toks.Text(e))
                    && e + 2 < toks.Count && toks[e + 2].JoinPrev && InRun(toks, e + 2))
                {
                    e += 2;
                    continue;
                }
                break;
            }
            i = e + 1;
            ProcessRun(toks, s, e, baseOrder, occs);
        }
    }

    private static void ProcessRun(Toks toks, int s, int e, long baseOrder, List<Occ> occs)
    {
        // Leading function words ("But", "The"), time adjectives ("Former", "Acting") and particles; trailing particles.
        while (s <= e && (NameLexicon.FunctionWords.Contains(toks.Text(s)) || toks[s].Kind == Kind.Particle
                          || LeadingAdjectives.Contains(toks.Text(s)))) s++;
        while (e >= s && toks[e].Kind == Kind.Particle) e--;
        if (s > e) return;

        // "the city of X", "the village of X": a place.
        if (s >= 2 && toks[s].JoinPrev && toks.Text(s - 1) == "of" && FollowingPlaceNouns.Contains(toks.Text(s - 2))) return;
        // A capitalised preposition or conjunction inside the run ("Relief Without Borders", "Friends Of X")
        // makes it a body's name, not a person's.
        for (var k = s + 1; k < e; k++)
            if (InnerFunctionWords.Contains(toks.Text(k))) return;

        // A media noun right after the run makes it a broadcaster or agency ("X news agency").
        if (e + 1 < toks.Count && toks[e + 1].JoinPrev && !toks[e].Possessive
            && (MediaNouns.Contains(toks.Text(e + 1)) || (toks[e + 1].Kind == Kind.Caps && NameLexicon.OrganisationWords.Contains(toks.Text(e + 1)))))
            return;

        // Most runs end before they become a person: the titles are gathered in a reused list and copied only then.
        var titles = _titles ??= new List<string>();
        titles.Clear();
        // Title split: the last title head that is not the run's last word.
        var k0 = -1;
        for (var k = e - 1; k >= s; k--)
            if (NameLexicon.TitleHeads.Contains(toks.Text(k))) { k0 = k; break; }
        var runStart = s;
        if (k0 >= 0 && k0 + 1 < e && toks.Text(k0 + 1) is "of" or "for")
        {
            // "Secretary of State X", "Minister of Foreign Affairs X", "President of Zarvia X Y".
            var j = k0 + 1;
            while (j < e && (toks.Text(j) is "of" or "for" or "the" || NameLexicon.IsTitleWord(toks.Text(j))
                             || NameLexicon.IsOrgOrPlace(toks.Text(j)) || NameLexicon.Adjectives.Contains(toks.Text(j))))
                j++;
            k0 = j - 1;
            if (e - k0 >= 3) k0++; // a place or organisation named after "of" in a 3+ word remainder
        }
        if (k0 >= 0)
        {
            // An honorific closing the title span is a title of its own: "Supreme Leader" + "Ayatollah".
            if (k0 > s && Honorifics.Contains(toks.Text(k0)) && !Honorifics.Contains(toks.Text(k0 - 1)))
            {
                titles.Add(Span(toks, s, k0 - 1));
                titles.Add(toks.Text(k0));
            }
            else titles.Add(Span(toks, s, k0));
            s = k0 + 1;
        }
        else
        {
            // Lower-case (or capitalised) title words just before the run: "spokesman X", "supreme leader X".
            var t = LookbackTitle(toks, runStart);
            if (t is not null) titles.Add(t);
        }
        if (k0 >= 0)
        {
            var t = LookbackTitle(toks, runStart);
            if (t is not null) titles.Insert(0, t);
        }

        // Leading demonyms / religious adjectives ("Sunni Arab", "Shi'ite X") are not name parts.
        while (s <= e)
        {
            var w = NormApos(toks.Text(s));
            var nextIsName = s < e && !NameLexicon.IsTitleWord(toks.Text(s + 1)) && !NameLexicon.IsDemonym(NormApos(toks.Text(s + 1)));
            if (NameLexicon.Adjectives.Contains(w) || NameLexicon.FunctionWords.Contains(w) || toks[s].Kind == Kind.Particle
                || (NameLexicon.IsDemonym(w) && !nextIsName))
                s++;
            else break;
        }
        if (s > e) return;

        // "ambassador to Zarvia Jane Doe": after "<title> to|of|in", the first word of a 3+ word run is the place.
        if (e - s >= 2 && s == runStart && s >= 2 && toks[s].JoinPrev && toks[s - 1].Kind == Kind.Lower
            && toks.Text(s - 1) is "to" or "of" or "in" && NameLexicon.TitleHeads.Contains(toks.Text(s - 2)))
        {
            if (titles.Count == 0) titles.Add(toks.Text(s - 2));
            s++;
        }

        // An organisation or place word in the name part makes it no person ("X Army", "X City"), so does a
        // lower-case place noun right after it ("X prison", "X district"), or an abstract-noun word ("X Revolution").
        for (var k = s; k <= e; k++)
            if (NameLexicon.IsOrgOrPlace(toks.Text(k)) || toks[k].Kind == Kind.Lower || NameLexicon.HasNounSuffix(toks.Text(k))) return;
        if (e > s && NameLexicon.TrailingPlaceWords.Contains(toks.Text(e))) return; // "X Park", "X Drive"
        if (e + 1 < toks.Count && toks[e + 1].JoinPrev && !toks[e].Possessive
            && (FollowingPlaceNouns.Contains(toks.Text(e + 1)) || FollowingBodyNouns.Contains(toks.Text(e + 1))))
            return;
        // "Al X" with a separate capitalised "Al" and no title is a brand ("Al X television"), not "Al" the given name.
        if (e == s + 1 && toks.Text(s) is "Al" or "El" && titles.Count == 0) return;

        var core = 0;
        var allLexicon = true;
        for (var k = s; k <= e; k++)
        {
            if (toks[k].Kind is Kind.Particle or Kind.Suffix) continue;
            core++;
            var w = NormApos(toks.Text(k));
            if (!(NameLexicon.IsTitleWord(w) || NameLexicon.Adjectives.Contains(w) || NameLexicon.FunctionWords.Contains(w)))
                allLexicon = false;
        }
        if (core == 0 || core > 5 || allLexicon) return;

        // Apposition: "X, the government spokesman," / "X, an adviser to ..." / "X, secretary of ...".
        var app = AppositionTitle(toks, e);
        if (app is not null) titles.Add(app);

        var spelling = Span(toks, s, e);
        var titled = k0 >= 0 && core == 1 && s > 0 && NameLexicon.PersonalTitles.Contains(toks.Text(s - 1));
        // "who gave only his first name, Carlos," / "identified only as Maria": a one-word name that is a person.
        if (core == 1 && s == runStart && s >= 2
            && (toks.Text(s - 1) == "name" && toks[s - 1].CommaAfter
                || toks.Text(s - 1) == "as" && toks[s].JoinPrev && toks.Text(s - 2) is "only" or "identified" or "named"))
            titled = true;
        occs.Add(new Occ(spelling, RoleFlags.Mentioned, baseOrder + toks[s].Start, titles: titles.Count == 0 ? Array.Empty<string>() : titles.ToArray()) { Titled = titled });
    }

    [ThreadStatic] private static List<string>? _titles;

    private static string NormApos(string w)
    {
        if (w.IndexOf('\u2019') < 0 && w.IndexOf('\u2018') < 0 && w.IndexOf('\u02bc') < 0) return w;
        return w.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u02bc', '\'');
    }

    /// <summary>Tokens s..e joined by single spaces (possessive "'s" already stripped by the tokenizer).</summary>
    private static string Span(Toks toks, int s, int e)
    {
        if (s == e) return toks.Text(s);
        if (e == s + 1) return toks.Text(s) + " " + toks.Text(e);
        var parts = new string[e - s + 1];
        for (var k = s; k <= e; k++) parts[k - s] = toks.Text(k);
        return string.Join(" ", parts);
    }

    private static bool NameEndsWithComma(Toks toks, int start)
    {
        var e = start;
        while (e + 1 < toks.Count && toks[e + 1].JoinPrev && toks[e + 1].Kind is Kind.Name or Kind.Particle) e++;
        return toks[e].CommaAfter;
    }

    /// <summary>Honorifics that stand apart from an office before them ("Supreme Leader Ayatollah X").</summary>
    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "Ayatollah", "Hojatoleslam", "Sheikh", "Sheik", "Shaikh", "Imam", "Mullah", "Dr.", "Dr", "Mr.", "Mr", "Mrs.", "Mrs",
        "Ms.", "Ms", "Prof.", "Sir", "Dame", "Lord", "Lady", "Rev.", "Reverend", "Father",
    };

    private static string? LookbackTitle(Toks toks, int runStart)
    {
        var k = runStart - 1;
        if (k < 0) return null;
        // "One X adviser, Jane Doe, said": a title head just before a comma-enclosed name.
        if (!toks[runStart].JoinPrev)
            return toks[k].CommaAfter && toks[k].Kind == Kind.Lower && NameLexicon.TitleHeads.Contains(toks.Text(k))
                   && NameEndsWithComma(toks, runStart) ? toks.Text(k) : null;
        var first = -1;
        var lastHead = -1;
        var count = 0;
        while (k >= 0 && count < 4)
        {
            var w = NormApos(toks.Text(k));
            var ok = toks[k].Kind is Kind.Lower or Kind.Name && !toks[k].Possessive
                     && (NameLexicon.IsTitleWord(w) || (count > 0 && NameLexicon.IsDemonym(w)) || (count > 0 && NameLexicon.OrganisationWords.Contains(w)));
            if (!ok) break;
            if (lastHead < 0 && NameLexicon.TitleHeads.Contains(w)) lastHead = k;
            first = k;
            count++;
            if (!toks[k].JoinPrev) break;
            k--;
        }
        if (lastHead < 0) return null;
        return Span(toks, first, lastHead);
    }

    private static string? AppositionTitle(Toks toks, int e)
    {
        if (!toks[e].CommaAfter || toks[e].Possessive) return null;
        var k = e + 1;
        if (k < toks.Count && Determiners.Contains(toks.Text(k)) && toks[k].Kind == Kind.Lower) k++;
        var start = k;
        for (var n = 0; n < 5 && k < toks.Count; n++, k++)
        {
            if (n > 0 && !toks[k].JoinPrev) return null;
            var w = NormApos(toks.Text(k));
            if (NameLexicon.TitleHeads.Contains(w))
            {
                // The head must close the phrase: "X, the official ABC agency" is no title for X.
                if (k + 1 < toks.Count && toks[k + 1].JoinPrev && toks[k + 1].Kind is Kind.Name or Kind.Caps) return null;
                var first = k;
                while (first > start && NameLexicon.IsTitleWord(NormApos(toks.Text(first - 1)))) first--;
                return Span(toks, first, k);
            }
            if (toks[k].Kind is not (Kind.Lower or Kind.Name or Kind.Caps) || toks[k].Possessive) return null;
        }
        return null;
    }

    // ---------------------------------------------------------------- clusters

    private sealed class Occ
    {
        public Occ(string spelling, RoleFlags role, long order, string? key = null, string[]? titles = null)
        {
            Titles = titles ?? Array.Empty<string>(); // most have none: one shared empty array
            Spelling = spelling;
            Key = key is { Length: > 0 } ? key : spelling;
            Role = role;
            Order = order;
            Info = NameKey.Info(Key);
            Core = Info.CoreCount;
        }

        /// <summary>The precomputed keys of <see cref="Key"/>.</summary>
        public NameKey.NameInfo Info { get; }

        /// <summary>The text as written (what Mentions hold).</summary>
        public string Spelling { get; }

        /// <summary>The name used for joining: the spelling without leading titles ("Mr. X" → "X").</summary>
        public string Key { get; }

        /// <summary>A one-word name right after a capitalised title ("President X"): a person even when alone.</summary>
        public bool Titled { get; set; }

        public RoleFlags Role { get; }
        public long Order { get; }
        public int Core { get; }
        public string[] Titles { get; }
    }

    /// <summary>
    /// An ordinal set of the few strings one person has in one article (spellings, surname keys): a linear search
    /// over a small array costs less to build and to ask than a hash set.
    /// </summary>
    private sealed class SmallSet
    {
        private string[] _items = new string[2];
        private int _count;

        public bool Contains(string s)
        {
            for (var i = 0; i < _count; i++)
                if (string.Equals(_items[i], s, StringComparison.Ordinal)) return true;
            return false;
        }

        public void Add(string s)
        {
            if (Contains(s)) return;
            if (_count == _items.Length) Array.Resize(ref _items, _count * 2);
            _items[_count++] = s;
        }
    }

    private sealed class Cluster
    {
        private readonly List<Occ> _occs = new();
        public readonly List<string> Full = new();
        public readonly List<NameKey.NameInfo> FullInfo = new();
        public readonly SmallSet Spellings = new();
        public readonly SmallSet SurnameKeys = new();
        public readonly SmallSet FoldedSurnames = new();
        public long FirstOrder = long.MaxValue;

        /// <summary>Whether a title of this person matches one of <paramref name="titles"/> ("Sgt." and "Sergeant").</summary>
        public bool HasTitleLike(string[] titles)
        {
            foreach (var o in _occs)
                foreach (var mine in o.Titles)
                    foreach (var t in titles)
                        if (SameTitle(mine, t)) return true;
            return false;
        }

        private static bool ContainsIgnoreCase(List<string> list, string s)
        {
            foreach (var x in list)
                if (string.Equals(x, s, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        private static bool SameTitle(string a, string b)
        {
            var x = ExpandTitle(a.Split(' ').Last());
            var y = ExpandTitle(b.Split(' ').Last());
            return x.Equals(y, StringComparison.OrdinalIgnoreCase);
        }

        private static string ExpandTitle(string t) => t.TrimEnd('.') switch
        {
            "Sgt" => "Sergeant", "Gen" => "General", "Col" => "Colonel", "Lt" => "Lieutenant", "Capt" => "Captain",
            "Maj" => "Major", "Adm" => "Admiral", "Sen" => "Senator", "Rep" => "Representative", "Gov" => "Governor",
            "Prof" => "Professor", "Dr" => "Doctor", "Rev" => "Reverend", "Cpl" => "Corporal", "Pvt" => "Private",
            var other => other,
        };

        /// <summary>A title, a quote, a credit or a titled one-word mention: the article treats this as a person.</summary>
        public bool HasPersonEvidence
        {
            get
            {
                foreach (var o in _occs)
                    if (o.Titles.Length > 0 || o.Titled || o.Role != RoleFlags.Mentioned) return true;
                return false;
            }
        }

        /// <summary>A quote, a credit or "Mr. Y": evidence that outweighs market talk ("X Y shares fell").</summary>
        public bool HasStrongPersonEvidence
        {
            get
            {
                foreach (var o in _occs)
                    if (o.Titled || o.Role != RoleFlags.Mentioned) return true;
                return false;
            }
        }

        public void Add(Occ o)
        {
            _occs.Add(o);
            Spellings.Add(o.Spelling);
            if (o.Order < FirstOrder) FirstOrder = o.Order;
            Spellings.Add(o.Key);
            if (o.Core >= 2)
            {
                if (!Full.Contains(o.Key)) { Full.Add(o.Key); FullInfo.Add(o.Info); }
                SurnameKeys.Add(o.Info.LastSkeleton);
                FoldedSurnames.Add(o.Info.LastFolded);
            }
            else if (Full.Count == 0)
            {
                // A person known by one word (a speaker, "President X"): later mentions of that word join it.
                SurnameKeys.Add(o.Info.LastSkeleton);
                FoldedSurnames.Add(o.Info.LastFolded);
            }
        }

        public ArticlePersonModel ToModel()
        {
            // By order, ties in the order added (a stable sort, as OrderBy was).
            var keyed = new (long Order, int Index)[_occs.Count];
            for (var k = 0; k < keyed.Length; k++) keyed[k] = (_occs[k].Order, k);
            Array.Sort(keyed); // (Order, Index) pairs compare by order, then index
            var ordered = new Occ[keyed.Length];
            for (var k = 0; k < keyed.Length; k++) ordered[k] = _occs[keyed[k].Index];
            // Fullest name: most core tokens, then most tokens, then first in the article.
            // Spellings that carry a title ("Mr. X" as a speaker) rank last. The first best in that order wins.
            Occ? best = null;
            int bestTitled = 0, bestTokens = 0;
            foreach (var o in ordered)
            {
                var titledSpelling = o.Key == o.Spelling ? 0 : 1;
                var tokens = NameKey.Info(o.Spelling).TokenCount;
                if (best is not null)
                {
                    var c = titledSpelling.CompareTo(bestTitled);
                    if (c == 0) c = best.Core.CompareTo(o.Core);
                    if (c == 0) c = bestTokens.CompareTo(tokens);
                    if (c == 0) c = o.Order.CompareTo(best.Order);
                    if (c >= 0) continue;
                }
                best = o;
                bestTitled = titledSpelling;
                bestTokens = tokens;
            }
            var name = best!.Key;
            var mentions = new List<string>();
            var titles = new List<string>();
            var roles = RoleFlags.None;
            foreach (var o in ordered)
            {
                if (!mentions.Contains(o.Spelling)) mentions.Add(o.Spelling);
                foreach (var t in o.Titles)
                    if (!ContainsIgnoreCase(titles, t)) titles.Add(t); // few titles: no hash set
                roles |= o.Role;
            }
            if (!mentions.Contains(name)) mentions.Insert(0, name); // a name known only with a title ("Mr. X" → "X")
            return new ArticlePersonModel(name, mentions.ToEquatableArray(), titles.ToEquatableArray(), roles);
        }
    }
}
