using System;
using System.Text.RegularExpressions;

namespace CorpusSdk.Generator.Extraction.Page;

/// <summary>
/// Recognises page furniture: lines that belong to the site, not the story (menus, widgets, share buttons,
/// gallery counters, CSS media-query names, copyright and standards notices). Each rule is generic: it names
/// kinds of furniture, never a particular page.
/// </summary>
internal static class Furniture
{
    // MayBeJunk runs first and lists the words these alternatives open with (JunkOpeners): a new alternative that opens
    // with another word needs it added there, or the regex never sees its lines.
    private static readonly Regex Junk = new(
        @"^(?:\d+\s*:\s*\d+" +                                    // "0 : 0" counters
        @"|[a-z]+(?:-[a-z]+)+" +                                  // css media names "landscape-tablet-and-below"
        @"|slideshow\s*\(\d+\s+images?\)" +
        @"|(?:photo|image|picture|slide)\s+\d+\s+(?:of|/)\s+\d+" +
        @"|\d+\s+(?:of|/)\s+\d+" +
        @"|(?:\d+\.\s*)?votes?\s+comments?" +
        @"|(?:discussion\s+)?comments?(?:\s*\(\d+\))?|most\s+active\s+discussions|most\s+(?:read|popular|viewed|shared|emailed)(?:\s+\w+)?" +
        @"|advertisement|sponsored(?:\s+content)?|skip\s+to\s+(?:main\s+)?content|(?:back\s+to\s+)?top" +
        @"|share(?:\s+this(?:\s+(?:article|story))?)?|tweet|e-?mail(?:\s+this(?:\s+(?:article|story))?)?|print(?:\s+this(?:\s+(?:article|story))?)?|reprints?|save|facebook|twitter|whatsapp|linkedin|reddit" +
        @"|(?:view|see|open|launch)\s+(?:the\s+)?(?:photo\s+)?gallery|enlarge(?:\s+this\s+image)?|click\s+to\s+enlarge|next|previous|prev|close" +
        @"|related(?:\s+(?:stories|articles|links|content|coverage|news|topics))?:?|see\s+also:?|more\s+(?:from|on|stories|news)\b.*|read\s+more\b.*|recommended(?:\s+for\s+you)?|trending(?:\s+now)?" +
        @"|sign\s+(?:in|up)\b.*|log\s*in|subscribe\b.*|newsletter\b.*|follow\s+us\b.*|topics?:.*|tags?:.*|filed\s+under:?.*" +
        @"|our\s+standards:.*|.*trust\s+principles\.?" +
        @"|image:.*|(?:photo\s+|picture\s+|image\s+)?gallery\b.*|photo:?|video:?.*|watch:?.*|listen:?.*|audio:?.*|graphic:?.*|interactive:?.*|logo|\S+\s+logo" +
        @"|\W*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex Bullet = new(@"^\s*(?:[\u2022\u25CF\u25AA*·-]|\d+\.)\s+", RegexOptions.CultureInvariant);

    private static readonly Regex CopyrightLine = new(
        @"^(?:©|\(c\)\s*\d{4}|copyright\b)|all\s+rights\s+reserved|may\s+not\s+be\s+(?:published|reproduced|redistributed)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex CommentsHeader = new(
        @"^(?:\d+\s+)?(?:(?:reader\s+|discussion\s+|user\s+)?comments?(?:\s*\(\d+\))?|most\s+active\s+discussions|leave\s+a\s+(?:comment|reply)|join\s+the\s+(?:discussion|conversation|debate)|post\s+a\s+comment|add\s+your\s+comment" +
        @"|\d+\s+(?:responses?|comments?|replies|thoughts)\s+(?:to|on)\b.*|have\s+your\s+say|your\s+(?:comments|views)|what\s+do\s+you\s+think\??|readers'?\s+comments)\s*:?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>A comments section's header: the story is over, what follows is readers' text.</summary>
    public static bool StartsComments(string line)
    {
        var t = line.Trim();
        return MayBeCommentsHeader(t) && CommentsHeader.IsMatch(t);
    }

    /// <summary>
    /// A cheap proof that <see cref="CommentsHeader"/> cannot match the trimmed line: only its "\d+ responses to ..."
    /// alternative lets any text follow, and it opens with a digit; every other alternative ends, before white space
    /// and an optional ':', with a letter, ')' or '?' (a non-ASCII character may be a letter under IgnoreCase).
    /// </summary>
    private static bool MayBeCommentsHeader(string t)
    {
        if (t.Length == 0 || char.IsDigit(t[0])) return true;
        var e = t.Length;
        if (t[e - 1] == ':') e--;
        while (e > 0 && char.IsWhiteSpace(t[e - 1])) e--;
        if (e == 0) return true;
        var end = t[e - 1];
        return end >= 0x80 || end is ')' or '?' || (end | 0x20) is >= 'a' and <= 'z';
    }

    /// <summary>True for site furniture that never carries story text.</summary>
    public static bool IsJunk(string line)
    {
        var t = line.Trim();
        if (CannotBeJunk(t)) return false;
        // The bullet pattern needs a bullet character or a digit first (the line is trimmed, so its leading \s* is empty).
        if (t.Length > 0 && IsBulletStart(t[0]))
            t = Bullet.Replace(t, "").Trim();
        return MayBeJunk(t) && Junk.IsMatch(t);
    }

    /// <summary>The words <see cref="Junk"/>'s alternatives open with (lower-case ASCII), for <see cref="MayBeJunk"/>.</summary>
    private static readonly string[] JunkOpeners =
    {
        "slide", "photo", "image", "picture", "vote", "discussion", "comment", "most", "advertisement", "sponsored", "skip", "back",
        "top", "share", "tweet", "email", "print", "reprint", "save", "facebook", "twitter", "whatsapp", "linkedin", "reddit", "view",
        "see", "open", "launch", "enlarge", "click", "next", "prev", "close", "related", "more", "read", "recommended", "trending",
        "sign", "log", "subscribe", "newsletter", "follow", "tag", "filed", "our", "gallery", "video", "watch", "listen", "audio",
        "graphic", "interactive", "logo",
    };

    /// <summary>
    /// A cheap necessary condition for <see cref="Junk"/> on a trimmed line (most short lines fail it): the line opens
    /// with a digit, a non-ASCII letter or one of the alternatives' opening words (ignoring case; a non-ASCII
    /// character may be one of its letters), holds a '-' (CSS names, "e-mail"), ends in "logo" or "principles", or has
    /// no ASCII letter or digit ("\W*").
    /// </summary>
    private static bool MayBeJunk(string t)
    {
        if (t.Length == 0) return true;
        var c = t[0];
        if ((c >= 0x80 && char.IsLetter(c)) || char.IsDigit(c) || t.IndexOf('-') >= 0 || !HasAsciiLetterOrDigit(t)) return true;
        foreach (var word in JunkOpeners)
            if (TextScan.MayMatchAt(t, 0, word)) return true;
        var e = t.Length;
        if (t[e - 1] == '.') e--;
        return TextScan.MayMatchAt(t, t.Length - 4, "logo") || TextScan.MayMatchAt(t, e - 10, "principles");
    }

    private static bool IsBulletStart(char c) => c is '\u2022' or '\u25CF' or '\u25AA' or '*' or '\u00B7' or '-' || char.IsDigit(c);

    private static bool HasAsciiLetterOrDigit(string t)
    {
        foreach (var c in t)
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return true;
        return false;
    }

    /// <summary>Prefixes of the <see cref="Junk"/> alternatives that allow any text after them (".*").</summary>
    private static readonly string[] OpenEndedPrefixes =
    {
        "more", "read", "sign", "subscribe", "newsletter", "follow", "topic", "tag", "filed", "our",
        "image", "photo", "picture", "gallery", "video", "watch", "listen", "audio", "graphic", "interactive",
    };

    /// <summary>The most runs of white space a line matched by an alternative of <see cref="Junk"/> without ".*" holds ("skip to main content").</summary>
    private const int ClosedJunkMaxGaps = 3;

    /// <summary>
    /// A cheap proof that <see cref="Junk"/> cannot match the trimmed line, for sentences and for lines of many words.
    /// The alternatives without ".*" all end in a word character, ':' or ')' and span at most four words; a line that
    /// ends in sentence punctuation or has more words can only be matched by an alternative that lets any text follow
    /// a fixed opening word, by ".*trust principles." or by "\W*" (no letter or digit at all). A line that does not open
    /// with a bullet character or digit has no bullet to strip, so its opening word is checked as is.
    /// </summary>
    private static bool CannotBeJunk(string t)
    {
        if (t.Length < 2) return false;
        var last = t[t.Length - 1];
        var sentence = last is '.' or '!' or '?' or ';' or ',' or '"' or '\u201D' or '\u2019' or '\u2026';
        if (!sentence && WhiteSpaceRuns(t, ClosedJunkMaxGaps + 1) <= ClosedJunkMaxGaps) return false;
        if (IsBulletStart(t[0])) return false; // a bullet is stripped first: leave it to the regex
        if (!HasAsciiLetterOrDigit(t)) return false; // "\W*" might match
        foreach (var prefix in OpenEndedPrefixes)
            if (TextScan.MayMatchAt(t, 0, prefix)) return false;
        // ".*trust\s+principles\.?": the line would end in "principles" or "principles.".
        if (TextScan.MayMatchAt(t, t.Length - 10, "principles") || (last == '.' && TextScan.MayMatchAt(t, t.Length - 11, "principles"))) return false;
        return true;
    }

    /// <summary>Runs of white space (as the regex \s sees it: <see cref="char.IsWhiteSpace(char)"/>), counting no further than <paramref name="max"/>.</summary>
    private static int WhiteSpaceRuns(string t, int max)
    {
        var runs = 0;
        for (var i = 0; i < t.Length && runs < max; i++)
            if (char.IsWhiteSpace(t[i]) && (i == 0 || !char.IsWhiteSpace(t[i - 1]))) runs++;
        return runs;
    }

    /// <summary>A logo line ("logo", "Acme News logo").</summary>
    public static bool IsLogo(string line) => line.Trim().EndsWith("logo", StringComparison.OrdinalIgnoreCase) && line.Trim().Split(' ').Length <= 4;

    /// <summary>Copyright and rights notices.</summary>
    public static bool IsCopyright(string line)
    {
        var t = line.Trim();
        // Each alternative needs an opening "©", "(c)" or "copyright", or the words "reserved" or "may ... not".
        var maybe = t.Length > 0 && (t[0] is '\u00A9' or '(' || TextScan.MayMatchAt(t, 0, "copyright"))
                    || TextScan.MayContain(t, "reserved")
                    || (TextScan.MayContain(t, "may") && TextScan.MayContain(t, "not"));
        return maybe && CopyrightLine.IsMatch(t);
    }
}
