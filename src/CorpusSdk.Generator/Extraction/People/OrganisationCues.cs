using System;
using System.Collections.Generic;

namespace CorpusSdk.Generator.Extraction.People;

/// <summary>How sure the context makes us that a name is an organisation's.</summary>
internal enum OrganisationCue { None, Weak, Strong }

/// <summary>
/// Context that shows a capitalised name to be a company, club, paper or other body rather than a person, wherever
/// in the article it occurs. Strong cues are company suffixes and market talk ("X Y Inc.", "shares of X Y", "X Y
/// shares fell", "X Y, which …"); weak ones are an organisation word after the name ("X Y Watershed Alliance"), a
/// company noun in apposition before it ("the manufacturer, X Y,", "the charity X Y") or a bare "the" before it
/// ("told the X Y"). Shared by the quote attributor and the people finder.
/// </summary>
internal static class OrganisationCues
{
    private static readonly string[] Suffixes =
    {
        "Inc", "Inc.", "Corp", "Corp.", "Co.", "Ltd", "Ltd.", "LLC", "PLC", "plc", "AG", "SA", "NV", "GmbH", "LP", "LLP",
    };

    private static readonly string[] StrongBefore = { "shares of ", "shares in ", "stake in ", "stock of ", "Shares of ", "Shares in " };

    private static readonly string[] StrongAfter = { "’s shares", "'s shares", "’s stock", "'s stock", "’s share price", "'s share price", ", which " };

    private static readonly HashSet<string> MarketVerbs = new(StringComparer.Ordinal)
    {
        "rose", "fell", "jumped", "dropped", "slid", "were", "have", "had", "closed", "gained", "lost", "climbed",
        "tumbled", "slumped", "surged", "edged", "traded", "are", "soared", "sank", "plunged", "rallied", "dipped",
    };

    /// <summary>Company and body nouns written before a name ("the manufacturer, X Y," / "the charity X Y").</summary>
    private static readonly HashSet<string> CompanyNouns = new(StringComparer.Ordinal)
    {
        "company", "firm", "manufacturer", "maker", "retailer", "insurer", "lender", "carrier", "airline", "charity",
        "club", "supplier", "bank", "group", "chain", "brand", "label", "startup", "start-up", "conglomerate",
        "newspaper", "broadcaster", "band", "consultancy", "agency", "organisation", "organization", "foundation",
        "trust", "union", "subsidiary", "exporter", "importer", "refiner", "utility",
    };

    /// <summary>Things a company has and a person does not ("X Y’s co-founder", "X Y’s shareholders").</summary>
    private static readonly string[] WeakAfter = BuildWeakAfter(
        "co-founder", "founder", "chief executive", "chief financial officer", "board", "shareholders", "customers",
        "subsidiary", "headquarters", "share price", "market value", "annual report");

    /// <summary>CueAfter skips StrongAfter and WeakAfter unless an apostrophe or a comma follows the name: checked here
    /// (a field initializer, after both lists, so the type keeps no explicit static constructor).</summary>
    private static readonly bool PhrasesOpenWithApostropheOrComma = CheckPhrases();

    private static bool CheckPhrases()
    {
        foreach (var m in StrongAfter)
            if (m[0] is not ('’' or '\'' or ',')) throw new InvalidOperationException("StrongAfter: " + m);
        foreach (var m in WeakAfter)
            if (m[0] is not ('’' or '\'')) throw new InvalidOperationException("WeakAfter: " + m);
        return true;
    }

    private static string[] BuildWeakAfter(params string[] heads)
    {
        var list = new List<string>();
        foreach (var h in heads)
        {
            list.Add("’s " + h);
            list.Add("'s " + h);
        }
        return list.ToArray();
    }

    /// <summary>", the payments start-up," / ", a Denver-based retailer,": a company noun in apposition after the name.</summary>
    private static bool AppositiveCompanyNoun(string text, int end)
    {
        if (end + 2 >= text.Length || text[end] != ',' || text[end + 1] != ' ') return false;
        var k = end + 2;
        for (var n = 0; n < 5 && k < text.Length; n++)
        {
            var s = k;
            while (k < text.Length && (char.IsLetterOrDigit(text[k]) || text[k] is '-' or '’' or '\'')) k++;
            var word = text.Substring(s, k - s);
            if (n == 0 && word is not ("the" or "a" or "an")) return false;
            if (n > 0 && CompanyNouns.Contains(word) && EndsPhrase(text, k)) return true;
            if (k >= text.Length || text[k] != ' ') return false;
            k++;
        }
        return false;
    }

    /// <summary>The company noun heads the apposition: a stop follows, or a participle such as "backed", "based".</summary>
    private static bool EndsPhrase(string text, int k)
    {
        if (k >= text.Length || text[k] is ',' or '.' or ';' or ':' or ')') return true;
        if (text[k] != ' ') return false;
        var s = k + 1;
        var e = s;
        while (e < text.Length && (char.IsLetter(text[e]) || text[e] == '-')) e++;
        return text.Substring(s, e - s) is "backed" or "based" or "owned" or "founded" or "that" or "which" or "whose"
            or "known" or "listed" or "headquartered" or "run" or "controlled" or "valued";
    }

    /// <summary>The strongest cue found for <paramref name="name"/> (two or more words) anywhere in the texts.</summary>
    public static OrganisationCue Of(string name, IReadOnlyList<string> texts)
    {
        if (name.IndexOf(' ') < 0) return OrganisationCue.None;
        var best = OrganisationCue.None;
        // An index loop: no enumerator boxed per name.
        for (var ti = 0; ti < texts.Count; ti++)
        {
            var text = texts[ti];
            var at = 0;
            while ((at = text.IndexOf(name, at, StringComparison.Ordinal)) >= 0)
            {
                var end = at + name.Length;
                var boundedLeft = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
                var boundedRight = end >= text.Length || !char.IsLetterOrDigit(text[end]);
                if (boundedLeft && boundedRight)
                {
                    var cue = CueAfter(text, end);
                    if (cue < OrganisationCue.Strong) cue = Max(cue, CueBefore(text, at, end));
                    if (cue == OrganisationCue.Strong) return cue;
                    best = Max(best, cue);
                }
                at = end;
            }
        }
        return best;
    }

    private static OrganisationCue Max(OrganisationCue a, OrganisationCue b) => a > b ? a : b;

    private static OrganisationCue CueBefore(string text, int at, int end)
    {
        foreach (var m in StrongBefore)
            if (at >= m.Length && string.CompareOrdinal(text, at - m.Length, m, 0, m.Length) == 0) return OrganisationCue.Strong;
        var (prev, comma, from) = WordBefore(text, at);
        if (prev == "the" && !comma && FollowedByPunctuationOrPreposition(text, end)) return OrganisationCue.Weak;
        if (prev.Length == 0 || !CompanyNouns.Contains(prev.ToLowerInvariant())) return OrganisationCue.None;
        if (!comma)
        {
            // "the charity X Y", "the venture firm X Y." — but not "the company X Y founded in 1999".
            return FollowedByPunctuationOrPreposition(text, end) ? OrganisationCue.Weak : OrganisationCue.None;
        }
        // "The manufacturer, X Y, said …" — but not "the head of the charity, X Y, said …" (a person in apposition).
        var (det, _, from2) = WordBefore(text, from);
        if (!(det is "the" or "The" or "a" or "A")) return OrganisationCue.None;
        var (before, _, _) = WordBefore(text, from2);
        return before is "of" or "for" or "at" or "to" or "with" or "from" or "by" or "in" ? OrganisationCue.None : OrganisationCue.Weak;
    }

    /// <summary>The word after the name is no verb: punctuation, the end, or a preposition.</summary>
    private static bool FollowedByPunctuationOrPreposition(string text, int end)
    {
        if (end >= text.Length || text[end] is ',' or '.' or ';' or ':' or ')' or '”' or '"' or '’' or '\'') return true;
        var s = end + 1;
        var e = s;
        while (e < text.Length && char.IsLetter(text[e])) e++;
        return text.Substring(s, e - s) is "in" or "of" or "at" or "on" or "to" or "for" or "with" or "from" or "by" or "and";
    }

    /// <summary>The word just before offset <paramref name="at"/>, whether a comma sits between, and where it starts.</summary>
    private static (string Word, bool Comma, int Start) WordBefore(string text, int at)
    {
        var k = at - 1;
        while (k >= 0 && text[k] == ' ') k--;
        var comma = k >= 0 && text[k] == ',';
        if (comma) k--;
        var e = k + 1;
        while (k >= 0 && (char.IsLetter(text[k]) || text[k] == '-')) k--;
        return (text.Substring(k + 1, e - k - 1), comma, k + 1);
    }

    private static OrganisationCue CueAfter(string text, int end)
    {
        // Every StrongAfter and WeakAfter phrase opens with an apostrophe or a comma (checked by
        // CheckPhrases): most names are followed by neither, and then the phrase lists are not walked.
        var next = end < text.Length ? text[end] : '\0';
        var apostrophe = next is '’' or '\'';
        if (apostrophe || next == ',')
            foreach (var m in StrongAfter)
                if (end + m.Length <= text.Length && string.CompareOrdinal(text, end, m, 0, m.Length) == 0) return OrganisationCue.Strong;
        if (next == ' ' && end + 8 <= text.Length && string.CompareOrdinal(text, end, " shares ", 0, 8) == 0)
        {
            var s = end + 8;
            var e = s;
            while (e < text.Length && char.IsLetter(text[e])) e++;
            if (MarketVerbs.Contains(text.Substring(s, e - s))) return OrganisationCue.Strong;
        }
        if (apostrophe)
            foreach (var m in WeakAfter)
                if (end + m.Length <= text.Length && string.CompareOrdinal(text, end, m, 0, m.Length) == 0) return OrganisationCue.Weak;
        if (AppositiveCompanyNoun(text, end)) return OrganisationCue.Weak;
        // Up to two more capitalised words, then a company suffix or an organisation word.
        var k = end;
        for (var n = 0; n < 3; n++)
        {
            if (k >= text.Length || text[k] != ' ') return OrganisationCue.None;
            var s = k + 1;
            var e = s;
            while (e < text.Length && !char.IsWhiteSpace(text[e]) && text[e] is not (',' or ';' or ':' or ')' or '”' or '"')) e++;
            // Checked in place, so a lower-case word after the name (the usual case) is not copied.
            if (e == s || !char.IsUpper(text[s])) return OrganisationCue.None;
            var word = text.Substring(s, e - s);
            var bare = word.TrimEnd('.', '’', '\'');
            if (Array.IndexOf(Suffixes, word) >= 0 || Array.IndexOf(Suffixes, bare) >= 0) return OrganisationCue.Strong;
            if (NameLexicon.OrganisationWords.Contains(bare) && !NameLexicon.IsTitleWord(bare)) return OrganisationCue.Weak;
            k = e;
        }
        return OrganisationCue.None;
    }
}
