using System;
using System.Collections.Generic;

namespace CorpusSdk.Generator.Extraction.People;

/// <summary>
/// Context that shows a capitalised name to be a company, club or other body rather than a person, wherever in the
/// article it occurs: a company suffix or an organisation word after it ("X Y Inc.", "X Y Watershed Alliance"),
/// market talk around it ("shares of X Y", "X Y's shares"), or "which" after it ("X Y, which advised …").
/// Shared by the quote attributor (a company that "said in a statement" is no speaker) and the people finder.
/// </summary>
internal static class OrganisationCues
{
    private static readonly string[] Suffixes =
    {
        "Inc", "Inc.", "Corp", "Corp.", "Co.", "Ltd", "Ltd.", "LLC", "PLC", "plc", "AG", "SA", "NV", "GmbH", "LP", "LLP",
    };

    private static readonly string[] MarketBefore = { "shares of ", "shares in ", "stake in ", "stock of ", "Shares of ", "Shares in " };

    private static readonly string[] MarketAfter =
    {
        " shares", "’s shares", "'s shares", " stock", "’s stock", "'s stock", "’s share price", "'s share price",
        ", which ", "’s board", "'s board", "’s chief executive", "'s chief executive",
        " spokesman", " spokeswoman", " spokesperson", " analyst", " analysts",
    };

    /// <summary>Whether <paramref name="name"/> (two or more words) reads as an organisation somewhere in the texts.</summary>
    public static bool LooksLikeOrganisation(string name, IEnumerable<string> texts)
    {
        if (name.IndexOf(' ') < 0) return false;
        foreach (var text in texts)
        {
            var at = 0;
            while ((at = text.IndexOf(name, at, StringComparison.Ordinal)) >= 0)
            {
                var end = at + name.Length;
                var boundedLeft = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
                var boundedRight = end >= text.Length || !char.IsLetterOrDigit(text[end]);
                if (boundedLeft && boundedRight && (CueAfter(text, end) || CueBefore(text, at))) return true;
                at = end;
            }
        }
        return false;
    }

    private static bool CueBefore(string text, int at)
    {
        foreach (var m in MarketBefore)
            if (at >= m.Length && string.CompareOrdinal(text, at - m.Length, m, 0, m.Length) == 0) return true;
        return false;
    }

    private static bool CueAfter(string text, int end)
    {
        foreach (var m in MarketAfter)
            if (end + m.Length <= text.Length && string.CompareOrdinal(text, end, m, 0, m.Length) == 0) return true;
        // Up to two more capitalised words, then a company suffix or an organisation word.
        var k = end;
        for (var n = 0; n < 3; n++)
        {
            if (k >= text.Length || text[k] != ' ') return false;
            var s = k + 1;
            var e = s;
            while (e < text.Length && !char.IsWhiteSpace(text[e]) && text[e] is not (',' or ';' or ':' or ')' or '”' or '"')) e++;
            var word = text.Substring(s, e - s);
            if (word.Length == 0 || !char.IsUpper(word[0])) return false;
            var bare = word.TrimEnd('.', '’', '\'');
            if (Array.IndexOf(Suffixes, word) >= 0 || Array.IndexOf(Suffixes, bare) >= 0) return true;
            if (NameLexicon.OrganisationWords.Contains(bare) && !NameLexicon.IsTitleWord(bare)) return true;
            k = e;
        }
        return false;
    }
}
