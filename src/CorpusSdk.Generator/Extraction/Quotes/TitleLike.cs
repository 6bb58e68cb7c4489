namespace CorpusSdk.Generator.Extraction.Quotes;

/// <summary>
/// Quotation marks around a title or a name ("the talk show “Morning Desk”", "the novel “A Winter in Rome”") mark
/// no one's words: a fragment inside the writer's sentence whose words are all capitalised (small words aside), with
/// no sentence punctuation, is taken for such a title.
/// </summary>
internal static class TitleLike
{
    // The params arrays of Split/Trim, made once (netstandard2.0 has no single-char overloads; each call allocated one).
    private static readonly char[] Space = { ' ' };
    private static readonly char[] WordTrim = { '(', ')', '‘', '’', '\'' };
    private static readonly char[] CommaDot = { ',', '.' };

    private static readonly System.Collections.Generic.HashSet<string> Small = new(System.StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "for", "and", "or", "in", "on", "to", "at", "by", "with", "from", "de", "la", "le", "vs",
    };

    private static readonly System.Collections.Generic.HashSet<string> Cues = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "show", "programme", "program", "film", "movie", "book", "novel", "memoir", "song", "single", "album", "series",
        "documentary", "play", "musical", "opera", "column", "magazine", "newspaper", "headline", "titled", "entitled",
        "named", "dubbed", "nicknamed", "codenamed", "code-named", "operation", "campaign", "hashtag", "podcast",
        "exhibition", "poem", "painting", "game", "app", "brand", "label", "blog", "website", "channel", "segment",
        "report", "study", "paper", "essay", "article", "episode", "season", "film’s", "book’s", "author", "host",
    };

    /// <summary>A title in marks: title-cased words, and a cue such as "the show", "the novel", "dubbed" just before.</summary>
    public static bool Is(string text, System.Collections.Generic.IReadOnlyList<Token> before)
    {
        return Is(text) && HasCue(before);
    }

    /// <summary>A cue word among the last four words before the opening mark.</summary>
    public static bool HasCue(System.Collections.Generic.IReadOnlyList<Token> before)
    {
        for (var i = before.Count - 1; i >= 0 && i >= before.Count - 4; i--)
            if (Cues.Contains(before[i].Word)) return true;
        return false;
    }

    public static bool Is(string text)
    {
        var words = text.Split(Space, System.StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 8) return false;
        var capitals = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i].Trim(WordTrim);
            // American style puts the sentence's comma or period inside the closing mark: “Morning Desk,”
            if (i == words.Length - 1) w = w.TrimEnd(CommaDot);
            if (w.Length == 0) continue;
            var last = w[w.Length - 1];
            if (last is '.' or ',' or '?' or '!' or ';' or ':' or '…') return false;
            if (Small.Contains(w)) continue;
            if (!char.IsUpper(w[0]) && !char.IsDigit(w[0])) return false;
            capitals++;
        }
        if (capitals == 0) return false;
        // A lone capitalised word could be a name or a title; "I" or an all-caps slogan is not decided here.
        return !(words.Length == 1 && words[0].Length <= 2);
    }
}
