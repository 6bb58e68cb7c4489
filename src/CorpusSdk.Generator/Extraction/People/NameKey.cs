using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CorpusSdk.Generator.Extraction.People;

/// <summary>
/// Spelling-independent keys for names, and the one rule that decides whether two spellings can be one person.
/// </summary>
/// <remarks>
/// <para><b>Skeleton</b> (<see cref="Skeleton"/>): lower-case, diacritics folded, apostrophes dropped, an Arabic
/// article prefix ("al-", "el-", "ash-" ...) dropped, digraphs mapped (ph→f, kh/gh/q/c/ck→k, dh→d, th→t, w→v),
/// vowels (and y) dropped except a leading one (kept as "a"), doubled letters collapsed. Transliterations of one
/// name then share a skeleton: Youssef/Yusuf, Mohammad/Mohammed/Muhammad, Nuri/Nouri, -oudi/-oodi,
/// Hossein/Husain, Q-/Gh- (q and gh both map to k), al-X/Al-X/el-X/X.</para>
/// <para><b>Same person</b> (<see cref="Compatible"/>): the surnames (last token, particles and generational
/// suffix ignored) have EQUAL consonant skeletons and vowel-marked skeletons (<see cref="VowelSkeleton"/>) within a
/// normalised edit distance of 0.25 (Zawahri/Zawahiri), and, when both names have a given name, the first given
/// names have equal vowel-marked skeletons or one is the other's initial. Given names are held to equality because
/// short ones collide (Mahmoud/Mohammad share consonants). A surname alone never decides, so "Anna X" and "Lars X"
/// stay two people.</para>
/// </remarks>
internal static class NameKey
{
    /// <summary>Splits a name into its tokens (spaces), dropping empty ones.</summary>
    public static string[] Tokens(string name) => name.Split(new[] { ' ', '\u00a0', '\t' }, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Name tokens that identify: particles ("bin", "van") and generational suffixes left out.</summary>
    public static List<string> CoreTokens(string name)
    {
        // Particles count in any case ("Bin X", "Le X" at a sentence start are surnames), except a capitalised
        // "Al", "El", "Ben", "Van" as first of several tokens, which is a given name ("Al X", "Ben X").
        var list = new List<string>();
        var toks = Tokens(name);
        for (var i = 0; i < toks.Length; i++)
        {
            var t = toks[i];
            if (NameLexicon.Suffixes.Contains(t)) continue;
            if (NameLexicon.Particles.Contains(t)) continue;
            var lower = t.ToLowerInvariant();
            if (char.IsUpper(t[0]) && NameLexicon.Particles.Contains(lower) && i < toks.Length - 1
                && !(i == 0 && lower is "al" or "el" or "ben" or "van" && toks.Length >= 2 && !NameLexicon.Particles.Contains(toks[1].ToLowerInvariant())))
                continue;
            list.Add(t);
        }
        return list;
    }

    /// <summary>Skeleton of the surname (last core token), or "" for an empty name.</summary>
    public static string SurnameKey(string name)
    {
        var core = CoreTokens(name);
        return core.Count == 0 ? "" : Skeleton(core[core.Count - 1]);
    }

    /// <summary>The one rule for "these two multi-token spellings can be the same person"; see the type remarks.</summary>
    public static bool Compatible(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal)) return true;
        var ca = CoreTokens(a);
        var cb = CoreTokens(b);
        if (ca.Count == 0 || cb.Count == 0) return false;
        var la = ca[ca.Count - 1];
        var lb = cb[cb.Count - 1];
        var sa = Skeleton(la);
        if (sa.Length == 0 || sa != Skeleton(lb)) return false;
        var va = VowelSkeleton(la);
        var vb = VowelSkeleton(lb);
        if (Levenshtein(va, vb) > 0.25 * Math.Max(va.Length, vb.Length)) return false;
        if (ca.Count < 2 || cb.Count < 2) return true;
        if (IsInitial(ca[0]) || IsInitial(cb[0]))
        {
            var fa = Fold(ca[0]);
            var fb = Fold(cb[0]);
            return fa.Length > 0 && fb.Length > 0 && fa[0] == fb[0];
        }
        return VowelSkeleton(ca[0]) == VowelSkeleton(cb[0]);
    }

    private static bool IsInitial(string token) => token.TrimEnd('.').Length == 1 || (token.Length <= 4 && token.IndexOf('.') >= 0);

    /// <summary>
    /// Like <see cref="Skeleton"/> but every vowel run (a, e, i, o, u, y after the first letter) is kept as one "V":
    /// it separates names whose consonants agree but whose syllables differ (Mahmoud "mVhmVd" vs Mohammad
    /// "mVhVmVd") while still joining Youssef/Yusuf ("yVsVf") and Hossein/Husain ("hVsVn").
    /// </summary>
    public static string VowelSkeleton(string token) => Skeleton(token, keepVowels: true);

    /// <summary>Lower-case, diacritics folded, apostrophes and other marks removed (letters, digits and '-' kept).</summary>
    public static string Fold(string s)
    {
        var d = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (var ch in d)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (cat == UnicodeCategory.NonSpacingMark) continue;
            switch (ch)
            {
                case 'ß': sb.Append("ss"); continue;
                case 'æ': case 'Æ': sb.Append("ae"); continue;
                case 'œ': case 'Œ': sb.Append("oe"); continue;
                case 'ø': case 'Ø': sb.Append('o'); continue;
                case 'đ': case 'Đ': case 'ð': case 'Ð': sb.Append('d'); continue;
                case 'ł': case 'Ł': sb.Append('l'); continue;
                case 'ı': sb.Append('i'); continue;
                case 'þ': case 'Þ': sb.Append("th"); continue;
            }
            if (char.IsLetterOrDigit(ch)) sb.Append(char.ToLowerInvariant(ch));
            else if (ch == '-' || ch == '\u2010' || ch == '\u2011') sb.Append('-');
        }
        return sb.ToString();
    }

    /// <summary>Drops a leading Arabic article ("al-", "el-", "ash-" ...) from a folded token.</summary>
    public static string StripArticle(string folded)
    {
        var dash = folded.IndexOf('-');
        if (dash > 0 && dash < folded.Length - 1 && NameLexicon.ArticlePrefixes.Contains(folded.Substring(0, dash)))
            return folded.Substring(dash + 1);
        return folded;
    }

    /// <summary>The consonant skeleton of one token; see the type remarks.</summary>
    public static string Skeleton(string token) => Skeleton(token, keepVowels: false);

    private static string Skeleton(string token, bool keepVowels)
    {
        var s = StripArticle(Fold(token)).Replace("-", "");
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            char m;
            if (c == 'p' && next == 'h') { m = 'f'; i++; }
            else if ((c == 'k' || c == 'g') && next == 'h') { m = 'k'; i++; }
            else if (c == 'c' && next == 'k') { m = 'k'; i++; }
            else if (c == 'd' && next == 'h') { m = 'd'; i++; }
            else if (c == 't' && next == 'h') { m = 't'; i++; }
            else if (c == 'q' || c == 'c') m = 'k';
            else if (c == 'w') m = 'v';
            else if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y')
            {
                if (i == 0 && c == 'y') m = 'y';
                else if (keepVowels) m = 'V';
                else if (sb.Length == 0 && i == 0) m = 'a';
                else continue;
            }
            else m = c;
            if (sb.Length > 0 && sb[sb.Length - 1] == m) continue;
            sb.Append(m);
        }
        return sb.ToString();
    }

    /// <summary>Classic Levenshtein distance (small strings only).</summary>
    public static int Levenshtein(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }

    /// <summary>PascalCase C# identifier for a name ("al-Doe" → "AlDoe"); empty → "Person". See <see cref="CorpusSdk.Generator.Naming.Identifiers.ToPascalCase"/>.</summary>
    public static string ToIdentifier(string name) => CorpusSdk.Generator.Naming.Identifiers.ToPascalCase(name, "Person");
}
