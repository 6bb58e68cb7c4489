using System;
using System.Collections.Generic;
using CorpusSdk.Generator.Model;
using CorpusSdk.Generator.Reading;

namespace CorpusSdk.Generator.Extraction.Page;

/// <summary>What a page says about itself, before quotes and people are read.</summary>
internal sealed record ParsedPage(
    string? Source,
    StatedDate? Published,
    int PublishedLine,
    string? Headline,
    string? Dateline,
    IReadOnlyList<ParagraphModel> Paragraphs,
    IReadOnlyList<string> Subheadings,
    IReadOnlyList<CaptionModel> Captions,
    IReadOnlyList<CreditModel> Credits);

/// <summary>
/// Reads a page's metadata and body. Every line is classified alone (<see cref="LineClassifier"/>); then
/// position decides: the header runs up to the body's first paragraph after the header's date line, the body
/// runs to the copyright notice. Headlines come only from the header, never from the body.
/// </summary>
internal static class PageParser
{
    /// <summary>Paragraphs this long open the body for sure; shorter prose may still be a header caption.</summary>
    private const int LongParagraphWords = 15;

    public static ParsedPage Parse(PageText page)
    {
        var content = new List<ClassifiedLine>();
        for (var i = 0; i < page.Lines.Count; i++)
        {
            var start = i;
            var text = LineCleaner.Clean(page.Lines[i]);
            // A hard-wrapped paragraph: this line stops mid-sentence and the next goes on in lower case.
            while (i + 1 < page.Lines.Count && WrapsOnto(text, page.Lines[i + 1]))
                text += " " + LineCleaner.Clean(page.Lines[++i]);
            var line = LineClassifier.Classify(start + 1, text);
            if (line.Kind != LineKind.Blank) content.Add(line);
        }
        PageLineRules.Apply(content);

        var bodyStart = FindBodyStart(content);
        PageLineRules.NameUnderDate(content, bodyStart < 0 ? content.Count : bodyStart);
        var captions = new List<CaptionModel>();
        var credits = new List<CreditModel>();
        var header = bodyStart < 0 ? content.Count : bodyStart;
        ReadHeaderCaptions(content, header, captions, credits);

        var paragraphs = new List<ParagraphModel>();
        var subheadings = new List<string>();
        var bodyEnd = content.Count;
        if (bodyStart >= 0)
            bodyEnd = ReadBody(content, bodyStart, paragraphs, subheadings, captions, credits);

        // Credits and bylines anywhere on the page (wire credits close the story, bylines open it; a date line may name the author).
        foreach (var line in content)
            if (line.Kind is LineKind.Credit or LineKind.Byline or LineKind.Date && line.Credits is not null) credits.AddRange(line.Credits);
        DropRepeatsAndBio(paragraphs, credits);

        var dateline = paragraphs.Count > 0 ? DatelineParser.Parse(paragraphs[0].Text) : (null, null);
        var (published, publishedLine) = FindPublished(content, header);
        var source = FindSource(content, header, dateline.Agency);
        return new ParsedPage(
            source,
            published,
            publishedLine,
            FindHeadline(content, header, source),
            dateline.City,
            paragraphs,
            subheadings,
            captions,
            Distinct(credits));
    }

    private static int FindBodyStart(List<ClassifiedLine> content)
    {
        bool Story(int i) => content[i].Kind == LineKind.Prose && !IsHeaderCaption(content, i);
        var firstLong = -1;
        for (var i = 0; i < content.Count && firstLong < 0; i++)
            if (Story(i) && LineClassifier.WordCount(content[i].Text, LongParagraphWords) >= LongParagraphWords) firstLong = i;
        for (var i = 0; i < content.Count && firstLong < 0; i++)
            if (Story(i)) firstLong = i;
        if (firstLong < 0) return -1;
        // A headline or standfirst long enough to read as prose sits above the byline or date line: the story starts after it.
        while (firstLong >= 0 && MetaFollows(content, firstLong))
        {
            var next = -1;
            for (var j = firstLong + 1; j < content.Count && next < 0; j++)
                if (Story(j)) next = j;
            firstLong = next;
        }
        if (firstLong < 0) return -1;
        var headerDate = content.FindLastIndex(firstLong, l => l.Kind == LineKind.Date);
        // Prose before the header's date line is a caption or teaser, not the story.
        for (var i = headerDate + 1; i < firstLong; i++)
            if (Story(i) && !MetaFollows(content, i)) return i;
        return firstLong;
    }

    /// <summary>A byline or date line comes next, with nothing but short lines, furniture or captions between.</summary>
    private static bool MetaFollows(List<ClassifiedLine> content, int i)
    {
        for (var j = i + 1; j < content.Count && j <= i + 6; j++)
        {
            switch (content[j].Kind)
            {
                case LineKind.Date or LineKind.Byline:
                    return true;
                case LineKind.Prose:
                    return false;
            }
        }
        return false;
    }

    /// <summary>
    /// Drops body paragraphs that only repeat another paragraph (a pull quote set between paragraphs) and an author's
    /// note closing the story ("Jane Doe is a contributing writer at ...").
    /// </summary>
    private static void DropRepeatsAndBio(List<ParagraphModel> paragraphs, List<CreditModel> credits)
    {
        // Letters only, computed once per paragraph (this runs for every page: no per-pair allocation).
        var letters = new List<string>(paragraphs.Count);
        var quoted = new List<string>(paragraphs.Count);
        foreach (var p in paragraphs)
        {
            var (all, inQuotes) = Letters(p.Text);
            letters.Add(all);
            quoted.Add(inQuotes);
        }
        for (var i = paragraphs.Count - 1; i >= 0; i--)
        {
            var needle = letters[i];
            if (needle.Length < 20) continue;
            for (var j = 0; j < paragraphs.Count; j++)
            {
                if (j == i || letters[j].Length <= needle.Length) continue;
                // A text shorter than the needle cannot hold it (most paragraphs quote nothing: "").
                if (letters[j].IndexOf(needle, StringComparison.Ordinal) >= 0
                    || (quoted[j].Length >= needle.Length && quoted[j].IndexOf(needle, StringComparison.Ordinal) >= 0))
                {
                    paragraphs.RemoveAt(i);
                    letters.RemoveAt(i);
                    quoted.RemoveAt(i);
                    break;
                }
            }
        }
        for (var i = paragraphs.Count - 1; i >= 0 && i >= paragraphs.Count - 2; i--)
        {
            if (!MayBeAuthorNote(paragraphs[i].Text)) continue;
            var m = AuthorNote.Match(paragraphs[i].Text);
            if (!m.Success) continue;
            var name = m.Groups["name"].Value;
            // "X covers the courts." is a note only about the byline's author; "X is a staff writer at ..." also when it closes the page.
            if ((i == paragraphs.Count - 1 && !m.Groups["beat"].Success) || credits.Exists(c => string.Equals(c.Name, name, StringComparison.Ordinal)))
                paragraphs.RemoveAt(i);
        }
    }

    private static readonly System.Text.RegularExpressions.Regex AuthorNote = new(
        @"^(?<name>[\p{Lu}][\p{L}'’.\-]+(?:\s+[\p{Lu}][\p{L}'’.\-]+){1,2})\s+(?:(?:is|was|has\s+been)\s+(?:a|an|the|our)\s+[^.]{0,60}?\b(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|author|freelancer|photographer)\b[^.]{0,80}|(?<beat>(?:covers|writes\s+(?:about|on|for)|reports\s+on)\s+[^.]{2,80}))\.?(?:\s+(?i:reach|contact|e-?mail|follow)\b.*)?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The verbs of <see cref="AuthorNote"/> (case-sensitive), each a whole word right after the name.</summary>
    private static readonly string[] AuthorNoteVerbs = { "is", "was", "has", "covers", "writes", "reports" };

    /// <summary>
    /// A cheap necessary condition for <see cref="AuthorNote"/>: the text opens with an upper-case letter, and its third or
    /// fourth word (runs between white space; the name's two or three words hold none) is one of the note's verbs.
    /// </summary>
    internal static bool MayBeAuthorNote(string text)
    {
        if (text.Length == 0 || !char.IsUpper(text[0])) return false;
        var i = 0;
        for (var word = 0; word < 4; word++)
        {
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            if (word >= 2 && IsAuthorNoteVerb(text, start, i - start)) return true;
            if (i == text.Length) return false;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        }
        return false;
    }

    private static bool IsAuthorNoteVerb(string text, int start, int length)
    {
        foreach (var verb in AuthorNoteVerbs)
            if (verb.Length == length && string.CompareOrdinal(text, start, verb, 0, length) == 0) return true;
        return false;
    }

    [ThreadStatic] private static char[]? _letters;

    /// <summary>Each ASCII character as <see cref="Letters"/> keeps it (what char.IsLetterOrDigit and ToLowerInvariant give there): a-z and 0-9 as they are, A-Z in lower case, else '\0' (dropped).</summary>
    private static readonly char[] AsciiLetters = MakeAsciiLetters();

    private static char[] MakeAsciiLetters()
    {
        var map = new char[0x80];
        for (var c = 'a'; c <= 'z'; c++) map[c] = c;
        for (var c = '0'; c <= '9'; c++) map[c] = c;
        for (var c = 'A'; c <= 'Z'; c++) map[c] = (char)(c | 0x20);
        return map;
    }

    /// <summary>
    /// The letters and digits of <paramref name="text"/> in lower case (the form two copies of one text share), and
    /// those of them inside quotation marks. One pass into a reused buffer: this runs for every paragraph of every page.
    /// </summary>
    private static (string All, string Quoted) Letters(string text)
    {
        var length = text.Length;
        var buffer = _letters is { } b && b.Length >= 2 * length ? b : _letters = new char[Math.Max(2 * length, 2048)];
        var map = AsciiLetters;
        var n = 0;              // all letters: buffer[0, n)
        var q = length;         // quoted letters: buffer[length, q), copied from buffer[0, n) as each quotation closes
        var inside = false;
        var opened = 0;         // n where the open quotation began
        for (var k = 0; k < length; k++)
        {
            var c = text[k];
            if (c < 0x80)
            {
                // Written always, kept only for a letter or digit: no branch on the common ASCII character.
                var l = map[c];
                buffer[n] = l;
                n += (l + 0xFFFF) >> 16;
                if (c != '"') continue;
            }
            else if (char.IsLetterOrDigit(c))
            {
                buffer[n++] = char.ToLowerInvariant(c);
                continue;
            }
            // Not a letter or digit: only a quotation mark changes anything (no mark is a letter or digit).
            if (c is not ('"' or '\u201C' or '\u2018' or '\u201D' or '\u2019')) continue;
            var open = c is '"' or '\u201C' || (c == '\u2018' && (k == 0 || !char.IsLetter(text[k - 1])));
            var close = c is '"' or '\u201D' || (c == '\u2019' && (k + 1 == length || !char.IsLetter(text[k + 1])));
            if (inside && close)
            {
                inside = false;
                Array.Copy(buffer, opened, buffer, q, n - opened);
                q += n - opened;
            }
            else if (!inside && open)
            {
                inside = true;
                opened = n;
            }
        }
        if (inside)
        {
            Array.Copy(buffer, opened, buffer, q, n - opened);
            q += n - opened;
        }
        return (new string(buffer, 0, n), q == length ? "" : new string(buffer, length, q - length));
    }

    /// <summary>Header prose next to a photo credit is a caption ("Jane Doe / Reuters" above or below it).</summary>
    private static void ReadHeaderCaptions(List<ClassifiedLine> content, int header, List<CaptionModel> captions, List<CreditModel> credits)
    {
        for (var i = 0; i < header; i++)
        {
            var line = content[i];
            if (line.Kind == LineKind.Caption)
            {
                captions.Add(new CaptionModel(line.Text, line.CaptionCredit, line.Number));
                if (line.Credits is not null) credits.AddRange(line.Credits);
            }
            if (line.Kind == LineKind.PhotoCredit)
            {
                if (PhotographerOf(line.Text) is { } name) credits.Add(new CreditModel(CreditKind.Photo, name));
                continue;
            }
            if (line.Kind != LineKind.Prose || line.Text.TrimEnd().EndsWith("?", StringComparison.Ordinal)) continue;
            if (!IsHeaderCaption(content, i)) continue;
            var credit = i > 0 && content[i - 1] is { Kind: LineKind.PhotoCredit } b && b.Number == line.Number - 1 ? b
                : i + 1 < content.Count && content[i + 1] is { Kind: LineKind.PhotoCredit } a && a.Number == line.Number + 1 ? a : null;
            captions.Add(new CaptionModel(line.Text, credit?.Text, line.Number));
        }
    }

    private static int ReadBody(List<ClassifiedLine> content, int start, List<ParagraphModel> paragraphs, List<string> subheadings, List<CaptionModel> captions, List<CreditModel> credits)
    {
        for (var i = start; i < content.Count; i++)
        {
            var line = content[i];
            switch (line.Kind)
            {
                case LineKind.Copyright:
                    return i;
                case LineKind.Junk when paragraphs.Count > 0 && Furniture.StartsComments(line.Text):
                    return i;
                case LineKind.Junk when PageLineRules.StartsLinkList(line.Text):
                    // The links under "More on this story": short lines straight below it, up to a blank line or a real paragraph.
                    while (i + 1 < content.Count && content[i + 1].Number == content[i].Number + 1
                           && content[i + 1].Kind is LineKind.Short or LineKind.Prose or LineKind.Junk
                           && LineClassifier.WordCount(content[i + 1].Text, PageLineRules.LinkMaxWords + 1) <= PageLineRules.LinkMaxWords)
                        i++;
                    break;
                case LineKind.Prose when i + 1 < content.Count && content[i + 1] is { Kind: LineKind.PhotoCredit } credit && credit.Number == line.Number + 1:
                    // A gallery or inline photo: the caption sits straight above its credit line ("Jane Doe / The Gazette").
                    captions.Add(new CaptionModel(line.Text, credit.Text, line.Number));
                    break;
                case LineKind.Prose:
                    paragraphs.Add(new ParagraphModel(line.Text, line.Number));
                    break;
                case LineKind.Caption:
                    captions.Add(new CaptionModel(line.Text, line.CaptionCredit, line.Number));
                    if (line.Credits is not null) credits.AddRange(line.Credits);
                    break;
                case LineKind.PhotoCredit:
                    if (PhotographerOf(line.Text) is { } name) credits.Add(new CreditModel(CreditKind.Photo, name));
                    break;
                case LineKind.Short:
                    if (IsSubheading(content, i)) subheadings.Add(line.Text);
                    break;
            }
        }
        return content.Count;
    }

    private static bool WrapsOnto(string text, string nextRaw)
    {
        // The next line's first letter first: it rules out most lines at once, without a copy.
        var k = TextScan.TrimStartIndex(nextRaw);
        if (k == nextRaw.Length || !char.IsLower(nextRaw[k])) return false;
        return text.Length > 0 && !LineClassifier.EndsLikeSentence(text) && LineClassifier.WordCount(text, 6) >= 6;
    }

    /// <summary>A lone short line between paragraphs; two or more short lines in a row are a list (related links, menus).</summary>
    private static bool IsSubheading(List<ClassifiedLine> content, int i)
    {
        var text = content[i].Text;
        if (text.Length == 0 || !char.IsUpper(text[0]) || LineClassifier.WordCount(text, 13) > 12) return false;
        var previous = Neighbour(content, i, -1);
        var next = Neighbour(content, i, +1);
        return previous is { Kind: LineKind.Prose or LineKind.Caption } && next is { Kind: LineKind.Prose };
    }

    private static ClassifiedLine? Neighbour(List<ClassifiedLine> content, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < content.Count; j += step)
            if (content[j].Kind is not (LineKind.Junk or LineKind.Logo)) return content[j];
        return null;
    }

    /// <summary>
    /// The headline, from header lines that read like one (3 to 30 words, not a sentence ending in a full stop):
    /// one the page repeats; else the first next to the date line or byline; else the last before the body.
    /// </summary>
    private static string? FindHeadline(List<ClassifiedLine> content, int header, string? source)
    {
        var candidates = new List<int>();
        for (var i = 0; i < header; i++)
        {
            var line = content[i];
            var words = LineClassifier.WordCount(line.Text, 31);
            if (words < 3 || words > 30) continue;
            if (source is not null && IsSiteName(line.Text, source)) continue;
            if (line.Kind == LineKind.Short || (line.Kind == LineKind.Prose && !line.Text.TrimEnd().EndsWith(".", StringComparison.Ordinal) && !IsHeaderCaption(content, i)))
                candidates.Add(i);
        }
        if (candidates.Count == 0) return null;
        foreach (var i in candidates)
            if (candidates.Exists(j => j != i && string.Equals(content[j].Text, content[i].Text, StringComparison.Ordinal))) return content[i].Text;
        foreach (var i in candidates)
        {
            if (IsMeta(i - 1)) return content[i].Text;
            if (!IsMeta(i + 1)) continue;
            // Above the byline: the headline is the first of the lines stacked on it (a standfirst or bullets follow it).
            var first = i;
            while (first > 0 && candidates.Contains(first - 1) && content[first - 1].Number == content[first].Number - 1 && StandsUnder(content[first], content[first - 1])) first--;
            return content[first].Text;
        }
        return content[candidates[candidates.Count - 1]].Text;

        bool IsMeta(int j) => j >= 0 && j < content.Count && content[j].Kind is LineKind.Date or LineKind.Byline;
    }

    /// <summary>A standfirst or summary bullet under a headline: prose, a bullet, or longer than the line above (which is no site name).</summary>
    private static bool StandsUnder(ClassifiedLine line, ClassifiedLine above)
    {
        if (SourceDetector.FromSiteName(above.Text) is not null) return false;
        // A kicker ("Around the Region") over a headline is not a headline over a standfirst: a headline has some length.
        return line.Kind == LineKind.Prose || IsBullet(line.Text)
               || (LineClassifier.WordCount(above.Text) >= 5 && LineClassifier.WordCount(line.Text) > LineClassifier.WordCount(above.Text));
    }

    private static bool IsBullet(string text) => text.Length > 2 && (text[0] is '-' or '\u2022' or '*' or '\u25CF' or '\u00B7') && text[1] == ' ';

    private static bool IsSiteName(string text, string source)
    {
        static string Bare(string t) => t.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? t.Substring(4).Trim() : t.Trim();
        return string.Equals(Bare(text), Bare(source), StringComparison.OrdinalIgnoreCase)
               || string.Equals(Bare(SourceDetector.Canonical(text)), Bare(source), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Prose right after an "Image:" line, or on the line next to a standalone photo credit, is a caption.</summary>
    private static bool IsHeaderCaption(List<ClassifiedLine> content, int i)
    {
        var line = content[i];
        var before = i > 0 && content[i - 1].Number == line.Number - 1 ? content[i - 1] : null;
        var after = i + 1 < content.Count && content[i + 1].Number == line.Number + 1 ? content[i + 1] : null;
        return before is { Kind: LineKind.PhotoCredit }
               || (before is { Kind: LineKind.Junk } && before.Text.StartsWith("Image", StringComparison.OrdinalIgnoreCase))
               || after is { Kind: LineKind.PhotoCredit };
    }

    /// <summary>The header's date line, preferring one labelled "Published"/"Posted" over "Updated"; else any date line.</summary>
    private static (StatedDate? Date, int Line) FindPublished(List<ClassifiedLine> content, int header)
    {
        ClassifiedLine? first = null;
        foreach (var line in content)
        {
            if (line.Kind != LineKind.Date) continue;
            var t = line.Text.TrimStart().ToLowerInvariant();
            if (t.StartsWith("published", StringComparison.Ordinal) || t.StartsWith("posted", StringComparison.Ordinal) || t.StartsWith("first published", StringComparison.Ordinal))
                return (line.Date, line.Number);
            first ??= line;
        }
        if (first is not null) return (first.Date, first.Number);
        // No date line: the first written date in the header, else anywhere on the page.
        for (var pass = 0; pass < 2; pass++)
            for (var i = 0; i < (pass == 0 ? header : content.Count); i++)
                if (PublishedDateParser.FindAnyDate(content[i].Text) is { } date) return (date, content[i].Number);
        return (null, 0);
    }

    private static string? FindSource(List<ClassifiedLine> content, int header, string? datelineAgency)
    {
        var fromCopyright = (string?)null;
        var fromByline = (string?)null;
        var fromLogo = (string?)null;
        var fromSourceLine = (string?)null;
        var fromSiteName = (string?)null;
        var fromTitleSuffix = (string?)null;
        for (var i = 0; i < content.Count; i++)
        {
            var line = content[i];
            fromSourceLine ??= SourceDetector.FromSourceLine(line.Text);
            if (i < header && line.Kind is LineKind.Short or LineKind.Junk) fromSiteName ??= SourceDetector.FromSiteName(line.Text);
            // A page title saved as the first line: "Headline | Section | The Harbour Times", "Headline - The Harbour Times".
            if (i < header && line.Kind is LineKind.Short or LineKind.Prose or LineKind.Junk) fromTitleSuffix ??= SourceDetector.FromTitleSuffix(line.Text);
            if (line.Kind == LineKind.Copyright) fromCopyright ??= SourceDetector.FromCopyright(line.Text);
            else if (line.Kind == LineKind.Byline) fromByline ??= PageLineRules.BylineOrganisation(line.Text) ?? SourceDetector.FromBylineOrganisation(CreditLineParser.BylineOrganisation(line.Text));
            else if (line.Kind == LineKind.Logo) fromLogo ??= SourceDetector.FromLogo(line.Text);
        }
        return SourceDetector.First(new[] { SourceDetector.FromDatelineAgency(datelineAgency), fromCopyright, fromByline, fromLogo, fromSourceLine, fromSiteName, fromTitleSuffix, FirstLineName(content, header) });
    }

    /// <summary>Last resort: the page's first line, when it reads as a name ("Pocket Policy — notes from the statehouse").</summary>
    private static string? FirstLineName(List<ClassifiedLine> content, int header)
    {
        // The first lines of more than one word ("Menu", "Search" are skipped), before the headline.
        var looked = 0;
        for (var i = 0; i < header && looked < 2; i++)
        {
            var line = content[i];
            if (line.Kind is LineKind.Junk or LineKind.Logo || LineClassifier.WordCount(line.Text, 2) < 2) continue;
            if (line.Kind is not (LineKind.Short or LineKind.Prose)) return null;
            looked++;
            if (SourceDetector.FromNameWithTagline(line.Text) is { } name) return name;
        }
        return null;
    }

    /// <summary>The photographer of "Jane Doe / Reuters", "REUTERS/Jane Doe" or "Photo: Jane Doe/AFP".</summary>
    internal static string? PhotographerOf(string credit)
    {
        var t = credit.Trim();
        var colon = t.IndexOf(':');
        if (colon >= 0) t = t.Substring(colon + 1).Trim();
        var parts = t.Split('/');
        if (parts.Length < 2) return null;
        foreach (var part in parts)
        {
            var p = part.Trim();
            if (p.Length == 0 || IsAllCaps(p) || SourceDetector.Canonical(p) != p || p.IndexOf(' ') < 0) continue;
            return p;
        }
        return null;
    }

    private static bool IsAllCaps(string text)
    {
        foreach (var c in text) if (char.IsLower(c)) return false;
        return true;
    }

    private static IReadOnlyList<CreditModel> Distinct(List<CreditModel> credits)
    {
        var seen = new HashSet<CreditModel>();
        var result = new List<CreditModel>();
        foreach (var c in credits) if (seen.Add(c)) result.Add(c);
        return result;
    }
}
