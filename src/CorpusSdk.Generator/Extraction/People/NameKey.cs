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
    public static string SurnameKey(string name) => Info(name).LastSkeleton;

    /// <summary>The one rule for "these two multi-token spellings can be the same person"; see the type remarks.</summary>
    public static bool Compatible(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal)) return true;
        return Compatible(Info(a), Info(b));
    }

    /// <summary><see cref="Compatible(string, string)"/> over precomputed keys (same answer, no re-tokenising).</summary>
    public static bool Compatible(NameInfo a, NameInfo b)
    {
        if (ReferenceEquals(a, b) || string.Equals(a.Name, b.Name, StringComparison.Ordinal)) return true;
        if (a.CoreCount == 0 || b.CoreCount == 0) return false;
        var sa = a.LastSkeleton;
        if (sa.Length == 0 || sa != b.LastSkeleton) return false;
        var va = a.LastVowelSkeleton;
        var vb = b.LastVowelSkeleton;
        if (!string.Equals(va, vb, StringComparison.Ordinal)
            && Levenshtein(va, vb) > 0.25 * Math.Max(va.Length, vb.Length)) return false;
        if (a.CoreCount < 2 || b.CoreCount < 2) return true;
        if (a.FirstIsInitial || b.FirstIsInitial)
        {
            var fa = a.FirstFold;
            var fb = b.FirstFold;
            return fa.Length > 0 && fb.Length > 0 && fa[0] == fb[0];
        }
        return a.FirstVowelSkeleton == b.FirstVowelSkeleton;
    }

    /// <summary>
    /// Every key of one name, computed once (a pure function of the name) and memoised per thread; the memo is
    /// dropped when it grows past a bound, so memory stays small in a long-lived compiler process.
    /// </summary>
    internal sealed class NameInfo
    {
        public NameInfo(string name)
        {
            Name = name;
            TokenCount = Tokens(name).Length;
            var core = CoreTokens(name);
            CoreCount = core.Count;
            foreach (var t in core)
                if (t.TrimEnd('.').Length == 1) Initials++;
            if (core.Count > 0)
            {
                var last = core[core.Count - 1];
                LastSkeleton = Skeleton(last);
                LastVowelSkeleton = VowelSkeleton(last);
                LastFolded = StripArticle(Fold(last));
                var first = core[0];
                FirstIsInitial = IsInitial(first);
                FirstFold = Fold(first);
                FirstVowelSkeleton = VowelSkeleton(first);
                if (core.Count >= 2) FirstFolded = StripArticle(FirstFold);
            }
        }

        public string Name { get; }
        public int TokenCount { get; }

        /// <summary><see cref="CoreTokens"/>(name).Count.</summary>
        public int CoreCount { get; }

        /// <summary>Core tokens that are initials (<c>TrimEnd('.').Length == 1</c>).</summary>
        public int Initials { get; }

        /// <summary><see cref="SurnameKey"/>: skeleton of the last core token, "" when none.</summary>
        public string LastSkeleton { get; } = "";

        public string LastVowelSkeleton { get; } = "";

        /// <summary>The last core token folded, article dropped; "" when none.</summary>
        public string LastFolded { get; } = "";

        public bool FirstIsInitial { get; }
        public string FirstFold { get; } = "";
        public string FirstVowelSkeleton { get; } = "";

        /// <summary>The first core token folded, article dropped, when there are two or more; else "".</summary>
        public string FirstFolded { get; } = "";
    }

    [ThreadStatic] private static Dictionary<string, NameInfo>? s_info;

    /// <summary>The memoised <see cref="NameInfo"/> of a name.</summary>
    public static NameInfo Info(string name)
    {
        var cache = s_info ??= new Dictionary<string, NameInfo>(StringComparer.Ordinal);
        if (cache.TryGetValue(name, out var info)) return info;
        if (cache.Count >= 16384) cache.Clear();
        info = new NameInfo(name);
        cache[name] = info;
        return info;
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
