using System;
using System.Collections.Generic;

namespace CorpusSdk.Generator.Extraction.Quotes;

/// <summary>A name mention located in the article.</summary>
internal sealed class PlacedMention
{
    public PlacedMention(int paragraph, int offset, NameMention mention, string? apposition = null)
    {
        Paragraph = paragraph;
        Offset = offset;
        Mention = mention;
        Apposition = apposition;
    }

    /// <summary>A role given in apposition ("the transport minister, Jane Doe" / "Jane Doe, the coach,").</summary>
    public string? Apposition { get; }

    private string? _surnameKey;

    /// <summary>The mention's <see cref="Names.SurnameKey"/>, computed once when first asked (most one-word mentions never are).</summary>
    public string SurnameKey => _surnameKey ??= Names.SurnameKey(Mention.Name);

    public int Paragraph { get; }

    public int Offset { get; }

    public NameMention Mention { get; }

    private string[]? _titleWords;

    /// <summary>The words of title and apposition (<c>(Title + " " + Apposition).Split(' ')</c>), split once.</summary>
    public string[] TitleWords => _titleWords ??= (Mention.Title + " " + Apposition).Split(' ');

    /// <summary>Whether the mention's name, up to its first space, is <paramref name="word"/> (ordinal).</summary>
    public bool FirstWordIs(string word)
    {
        var sp = Mention.Name.IndexOf(' ');
        return sp > 0 && word.Length == sp && string.CompareOrdinal(Mention.Name, 0, word, 0, sp) == 0;
    }

    public bool IsBefore(int paragraph, int offset) => Paragraph < paragraph || (Paragraph == paragraph && Offset < offset);
}

/// <summary>
/// The people one article names (in the writer's words), used to turn a surname, a pronoun's antecedent or a
/// definite description ("the spokesman") into the fullest name the article gives.
/// </summary>
internal sealed class PersonIndex
{
    // The params arrays of Split/Trim, made once (netstandard2.0 has no single-char overloads; each call allocated one).
    private static readonly char[] Space = { ' ' };
    private static readonly char[] ClausePunctuation = { '.', ',', ';', ':' };

    private readonly List<PlacedMention> _mentions;
    private readonly IReadOnlyList<ParagraphText> _paragraphs;
    private readonly Dictionary<string, string[]> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Key, int Parts)> _keys = new(StringComparer.Ordinal);
    private List<string>? _texts;
    private readonly Dictionary<string, bool> _organisations = new(StringComparer.Ordinal);

    /// <summary><c>name.Split(' ')</c>, memoised for this article.</summary>
    private string[] Words(string name)
    {
        if (!_words.TryGetValue(name, out var w)) _words[name] = w = name.Split(' ');
        return w;
    }

    /// <summary><see cref="Names.SurnameKey"/> and the count of its words that are no particle, of a name, memoised for this article.</summary>
    private (string Key, int Parts) KeyOf(string name)
    {
        if (!_keys.TryGetValue(name, out var k))
        {
            var parts = 0;
            foreach (var w in Words(name))
                if (w.Length > 0 && !NameLexicon.Particles.Contains(w)) parts++;
            _keys[name] = k = (Names.SurnameKey(name), parts);
        }
        return k;
    }

    public PersonIndex(IReadOnlyList<ParagraphText> paragraphs)
    {
        _paragraphs = paragraphs;
        _mentions = new List<PlacedMention>();
        // One list of a paragraph's names, reused for the next paragraph.
        var found = new List<NameMention>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var tokens = paragraphs[p].Writer;
            found.Clear();
            Names.Find(tokens, found);
            foreach (var m in found)
                _mentions.Add(new PlacedMention(p, tokens[m.LastToken].Start, m, Apposition(tokens, m)));
        }
    }

    /// <summary>
    /// The role phrase set off by commas beside a name: "The transport minister, Jane Doe," (before) or "Jane Doe,
    /// the club's coach," (after); null when the phrase has no role noun.
    /// </summary>
    private static string? Apposition(List<Token> tokens, NameMention m)
    {
        if (m.FirstToken > 0 && tokens[m.FirstToken - 1].Trail == ',')
        {
            var b = m.FirstToken - 1;
            while (b - 1 >= 0 && m.FirstToken - b < 6 && !tokens[b - 1].EndsClause && !tokens[b - 1].Possessive
                   && !SpeechVerbs.IsVerb(tokens[b - 1].Word)
                   && !(NameLexicon.Function.Contains(tokens[b - 1].Word) && !(tokens[b - 1].Word is "the" or "The")))
                b--;
            var phrase = RolePhrase(tokens, b, m.FirstToken);
            if (phrase is not null) return phrase;
        }
        if (tokens[m.LastToken].Trail == ',' && !m.Possessive)
        {
            var a = m.LastToken + 1;
            var e = a;
            while (e < tokens.Count && e - a < 6 && !tokens[e].EndsClause) e++;
            if (e < tokens.Count && tokens[e].Trail == ',') e++;
            if (a < tokens.Count && tokens[a].Word is "the" or "a" or "an" or "its" or "their")
                return RolePhrase(tokens, a, e);
        }
        return null;
    }

    private static string? RolePhrase(List<Token> tokens, int from, int to)
    {
        // The phrase is built only when it holds a role noun.
        var role = false;
        for (var k = from; k < to && k < tokens.Count && !role; k++)
        {
            var w = tokens[k].Word;
            if (NameLexicon.Roles.Contains(w) || NameLexicon.PersonNouns.Contains(w)) role = true;
        }
        if (!role) return null;
        var sb = new System.Text.StringBuilder();
        for (var k = from; k < to && k < tokens.Count; k++)
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(tokens[k].Word);
        }
        return sb.ToString();
    }

    public IReadOnlyList<PlacedMention> Mentions => _mentions;

    /// <summary>
    /// The fullest name for <paramref name="name"/>: itself when nothing longer shares its surname, else the longest
    /// such name mentioned before the position (or, failing that, anywhere in the article).
    /// </summary>
    public string Resolve(string name, int paragraph, int offset)
    {
        var (key, parts) = KeyOf(name);
        PlacedMention? before = null, anywhere = null;
        foreach (var pm in _mentions)
        {
            var m = pm.Mention;
            if (m.Parts < 2 || m.Parts < parts || pm.SurnameKey != key) continue;
            if (!Compatible(Words(name), Words(m.Name))) continue;
            if (pm.IsBefore(paragraph, offset))
            {
                if (before is null || m.Parts > before.Mention.Parts) before = pm;
            }
            else if (anywhere is null || m.Parts > anywhere.Mention.Parts)
            {
                anywhere = pm;
            }
        }
        var best = before ?? anywhere;
        if (best is null && parts == 1)
        {
            // Family name first ("President Xi Jinping" … "Xi said") or a first-name reference: the bare word as
            // the first part of a longer name given earlier.
            foreach (var pm in _mentions)
            {
                if (pm.Mention.Parts < 2 || !pm.IsBefore(paragraph, offset)) continue;
                if (pm.FirstWordIs(name)
                    && (best is null || pm.Mention.Parts > best.Mention.Parts))
                    best = pm;
            }
        }
        return best is null || best.Mention.Parts <= parts ? name : best.Mention.Name;
    }

    /// <summary>Whether the name (surname or partial name) is known as a person with a longer name.</summary>
    public bool IsKnownPerson(string name)
    {
        var key = KeyOf(name).Key;
        foreach (var pm in _mentions)
        {
            if (pm.Mention.Parts < 2) continue;
            if (pm.SurnameKey == key) return true;
            if (name.IndexOf(' ') < 0 && pm.FirstWordIs(name)) return true;
        }
        return false;
    }

    /// <summary>The one person whose title contains the head noun of a definite description, if exactly one.</summary>
    public string? ResolveDescription(string description)
    {
        var words = description.Split(Space, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !words[0].Equals("the", StringComparison.OrdinalIgnoreCase)) return null;
        var head = words[words.Length - 1].TrimEnd(ClausePunctuation);
        if (!NameLexicon.Roles.Contains(head) && !NameLexicon.IsTitle(head)) return null;
        string? found = null;
        foreach (var pm in _mentions)
        {
            var title = pm.Mention.Title;
            if (title is null && pm.Apposition is null || pm.Mention.Parts < 2) continue;
            var hit = false;
            foreach (var w in pm.TitleWords)
                if (w.Equals(head, StringComparison.OrdinalIgnoreCase)) hit = true;
            if (!hit) continue;
            if (found is not null && KeyOf(found).Key != pm.SurnameKey) return null;
            if (found is null || KeyOf(pm.Mention.Name).Parts > KeyOf(found).Parts) found = pm.Mention.Name;
        }
        return found;
    }

    private static readonly HashSet<string> MaleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mr.", "King", "Prince", "Sir", "Lord", "Sheikh", "Sheik", "spokesman", "chairman", "congressman",
        "businessman", "councilman", "assemblyman", "policeman", "Father", "Brother", "Emir", "Sultan", "Duke", "Baron",
        "son", "husband", "widower", "nephew", "uncle", "grandson", "grandfather", "boyfriend", "stepfather",
        "Frenchman", "Englishman", "Dutchman", "Irishman", "Scotsman", "Welshman", "sportsman", "fisherman",
    };

    private static readonly HashSet<string> FemaleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Madam", "Queen", "Princess", "Dame", "Lady", "Sheikha", "spokeswoman",
        "chairwoman", "congresswoman", "businesswoman", "councilwoman", "assemblywoman", "policewoman", "Sister",
        "Mother", "Duchess", "Baroness", "daughter", "wife", "widow", "niece", "aunt", "granddaughter", "grandmother",
        "girlfriend", "stepmother", "actress", "waitress", "sportswoman", "Mrs.", "Ms.",
    };

    /// <summary>'m' or 'f' when a title the article gives the person says so ("spokeswoman", "Mr."), else '\0'.</summary>
    public char GenderOf(string fullName)
    {
        var key = KeyOf(fullName).Key;
        foreach (var pm in _mentions)
        {
            if (pm.Mention.Title is null && pm.Apposition is null || pm.SurnameKey != key) continue;
            foreach (var w in pm.TitleWords)
            {
                if (MaleWords.Contains(w)) return 'm';
                if (FemaleWords.Contains(w)) return 'f';
            }
        }
        return '\0';
    }

    /// <summary>
    /// A several-word name the article also writes as a company or body ("X Y Inc.", "shares of X Y") and never
    /// gives a personal title: an organisation speaking, not a person.
    /// </summary>
    public bool LooksLikeOrganisation(string name)
    {
        if (name.IndexOf(' ') < 0) return false;
        // The answer depends only on the name (the texts and mentions are fixed): a speaker quoted again is not rescanned.
        if (!_organisations.TryGetValue(name, out var known)) _organisations[name] = known = ScanForOrganisation(name);
        return known;
    }

    private bool ScanForOrganisation(string name)
    {
        var texts = _texts;
        if (texts is null)
        {
            texts = new List<string>(_paragraphs.Count);
            foreach (var p in _paragraphs) texts.Add(p.Text);
            _texts = texts;
        }
        var cue = People.OrganisationCues.Of(name, texts);
        if (cue == People.OrganisationCue.None) return false;
        if (cue == People.OrganisationCue.Strong) return true;
        foreach (var pm in _mentions)
            if (pm.Mention.Name == name && (pm.Mention.Title is not null || pm.Apposition is not null)) return false;
        return true;
    }

    /// <summary>A bare capitalised word used elsewhere after "in", "to", "from": a place rather than a person.</summary>
    public bool LooksLikePlace(string word)
    {
        foreach (var p in _paragraphs)
        {
            var t = p.Writer;
            for (var i = 1; i < t.Count; i++)
            {
                if (!t[i].Word.Equals(word, StringComparison.Ordinal)) continue;
                var prev = t[i - 1].Word;
                if (prev is "in" or "to" or "from" or "into" or "across" or "near" or "visit" or "visited") return true;
            }
        }
        return false;
    }

    /// <summary>"Ali Doe" fits "Jane Ali Doe" and "Doe" fits anything ending in Doe; "Jim Doe" does not fit "Jane Doe".</summary>
    private static bool Compatible(string[] s, string[] f)
    {
        if (s.Length == 1) return true;
        for (var i = 0; i < s.Length - 1; i++)
        {
            var found = false;
            foreach (var w in f)
                if (w.Equals(s[i], StringComparison.OrdinalIgnoreCase)) found = true;
            if (!found) return false;
        }
        return true;
    }
}
