using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using CorpusSdk.Generator.Model;

namespace CorpusSdk.Generator.Extraction.Page;

/// <summary>
/// A second pass over the classified lines for shapes publishers' own pages take that the one-line sieves of
/// <see cref="LineClassifier"/> do not settle: menus written on one line, bylines without "By" ("Jane Doe
/// Transport reporter", a name line over "Staff Reporter"), agency bylines ("By The Associated Press"), names
/// on date lines ("By Jane Doe | 9 March 2016", "Posted ... by Jane Doe"), captions credited "(Gazette photo by
/// Jane Doe)", and the lines that close a story (contact lines, print-edition notes, closed comments).
/// Every rule names a kind of line, never a page.
/// </summary>
internal static class PageLineRules
{
    private const string Cap = @"[\p{Lu}][\p{L}'’\-]+";

    private static readonly Regex JobWords = new(
        @"^(?:[\p{L}\-&]+\s+){0,3}(?:reporter|correspondent|editor|writer|columnist|contributor|journalist|producer|critic)s?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>"Jane Doe Transport reporter", "Jane Doe, Staff Writer" (no "By"): a name then a job.</summary>
    private static readonly Regex NameThenJob = new(
        @"^(?<name>" + Cap + @"(?:\s+" + Cap + @"){1,2}?)\s*,?\s+(?<job>(?:[\p{L}\-&]+\s+){0,3}(?:reporter|correspondent|editor|writer|columnist|contributor|journalist|producer|critic)s?)$",
        RegexOptions.CultureInvariant);

    private static readonly Regex LoneName = new(@"^" + Cap + @"(?:\s+" + Cap + @"){1,2}$", RegexOptions.CultureInvariant);

    /// <summary>"By The Associated Press", "By Reuters", "By Staff", "By Herald Staff": a byline naming no person.</summary>
    private static readonly Regex OrganisationByline = new(@"^by\s+(?<org>(?:the\s+)?[\p{Lu}][\p{L}&.'’\-]*(?:\s+[\p{Lu}][\p{L}&.'’\-]*){0,4})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex StaffWords = new(@"\b(?:staff|wire|wires|reports?|news\s+services?|bureau)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>"By Jane Doe | 9 March 2016, 16:20 CET" or "By Jane Doe, March 3, 2009": the byline part of a date line.</summary>
    private static readonly Regex BylineBeforeDate = new(@"^(?<byline>by\s+[^|•·]+?)\s*(?:[|•·]|(?:,|\s+on|\s+-|\s+—)\s*(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>"Posted on March 3, 2008 at 10:15 am by Jane Doe".</summary>
    private static readonly Regex BylineAfterDate = new(@"\s(?:by|von|par)\s+(?<names>" + Cap + @"(?:\s+" + Cap + @"){1,3}(?:\s*(?:,|and|&)\s*" + Cap + @"(?:\s+" + Cap + @"){1,3})*)\s*$", RegexOptions.CultureInvariant);

    /// <summary>Menus written on one line: "Home | News | Sport", "News › Canada › Ontario", "« Previous post Next post »".</summary>
    private static readonly Regex Separators = new(@"\s*(?:\||›|»|«|•|·|>)\s*", RegexOptions.CultureInvariant);

    private static readonly Regex ClosingLine = new(
        @"^(?:(?:contact|reach|e-?mail|write\s+to)\s+.{0,80}?(?:@|\b\d{3}[-.\s]\d{4}\b).*" +
        @"|(?:[\p{Lu}][\p{L}'’.\-]+\s+){1,3}(?:can|may)\s+be\s+(?:reached|contacted|e-?mailed)\b.*" +
        @"|(?:follow|email)\s+(?:[\p{Lu}][\p{L}'’.\-]+\s+){1,3}(?:on\s+twitter\s+)?(?:at\s+)?@\S+.*" +
        @"|(?:a\s+version\s+of\s+)?this\s+(?:article|story)\s+(?:first\s+)?(?:appears?|appeared|was\s+(?:first\s+)?published)\b.*\b(?:print|edition|issue|magazine|paper)\b.*" +
        @"|(?:(?:updated|published|posted)\s*:?\s*)?(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago|updated|published|posted" +
        @"|click\s+here\b.*|(?:hide|show|toggle)\s+caption|(?:swipe|scroll)\s+(?:for|to\s+see)\s+more\b.*|(?:you\s+(?:might|may)\s+also\s+like|also\s+on\s+\S.*|further\s+reading|top\s+stories|latest\s+news|elsewhere\s+on\s+\S.*|more\s+on\s+this\s+story)\s*:?" +
        @"|comments?\s+(?:are|have\s+been)\s+(?:now\s+)?(?:closed|disabled|turned\s+off)\.?" +
        @"|share\s+this\s*:.*|share\s+(?:on|via)\s+\w+|(?:share\s+or\s+)?comment\s+on\s+this\s+(?:article|story)|print\s+this\s+page|reuse\s+this\s+content" +
        @"|(?:«|»|‹|›|<|>)?\s*(?:previous|next|older|newer)\s+(?:post|article|story|entry)\b.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The words <see cref="ClosingLine"/>'s alternatives open with, all but the "Jane Doe can be reached" one.</summary>
    private static readonly string[] ClosingOpeners =
    {
        "contact", "reach", "e-mail", "email", "write", "follow", "a", "this", "updated", "published", "posted", "one",
        "click", "hide", "show", "toggle", "swipe", "scroll", "you", "further", "top", "latest", "elsewhere", "more",
        "comment", "share", "print", "reuse", "previous", "next", "older", "newer",
    };

    /// <summary>
    /// A cheap necessary condition for <see cref="ClosingLine"/> (IgnoreCase): the line opens with one of its opening
    /// words, a digit ("5 minutes ago"), white space, '&lt;', '&gt;', an angle quote ("« Previous post") or a non-ASCII
    /// letter (which may fold to ASCII), or it holds the verb of "Jane Doe can be reached|contacted|e-mailed".
    /// </summary>
    private static bool MayBeClosingLine(string text)
    {
        if (text.Length == 0) return true;
        var c = text[0];
        // Of non-ASCII characters only a letter (which may fold to an ASCII one) or an angle quote can open a match: not “.
        if (char.IsDigit(c) || char.IsWhiteSpace(c) || c is '<' or '>' or '«' or '»' or '‹' or '›' || (c >= 0x80 && char.IsLetter(c))) return true;
        foreach (var word in ClosingOpeners)
            if (TextScan.MayMatchAt(text, 0, word)) return true;
        return TextScan.MayContain(text, "reached") || TextScan.MayContain(text, "contacted") || TextScan.MayContain(text, "mailed");
    }

    /// <summary>The header of a list of links to other stories ("More on this story", "Related stories", "You might also like").</summary>
    private static readonly Regex ListHeader = new(
        @"^(?:related(?:\s+(?:stories|articles|links|content|coverage|news|topics|reading))?|see\s+also|more\s+(?:on\s+this\s+(?:story|topic)|from\s+\S.*|stories|news|headlines)|read\s+more|recommended(?:\s+for\s+you)?|you\s+(?:might|may)\s+also\s+like|also\s+on\s+\S.*|further\s+reading|top\s+stories|latest\s+news|most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?|elsewhere\s+on\s+\S.*)\s*:?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>True for the header of a related-links list: the short lines right under it are links, not story.</summary>
    public static bool StartsLinkList(string line) => ListHeader.IsMatch(line.Trim());

    /// <summary>Words a linked headline under a list header may have; a paragraph is longer.</summary>
    public const int LinkMaxWords = 12;

    /// <summary>"... hearing. (Gazette photo by Jane Doe)", "... the harbour. Photo by Jane Doe/Acme", "(Photo courtesy of the city)".</summary>
    private static readonly Regex PhotoByCredit = new(
        @"(?:\((?<credit>[^()]{0,40}?\b(?:photo(?:graph)?|picture|image|illustration)s?\s+(?:by|courtesy(?:\s+of)?)\s+[^()]{2,60})\)|(?<=[.!?]\s)(?<credit>(?:[\p{Lu}][\p{L}]*\s+)?(?:photo(?:graph)?|picture|image|illustration)s?\s+(?:by|courtesy(?:\s+of)?)\s+[^.]{2,60}))\s*\.?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex CreditBy = new(@"\bby\s+(?<name>" + Cap + @"(?:\s+" + Cap + @"){1,3})", RegexOptions.CultureInvariant);

    private static readonly Regex SummaryHeader = new(@"^(?:story\s+highlights|highlights|key\s+points|in\s+brief|at\s+a\s+glance|quick\s+read|summary|what\s+you\s+need\s+to\s+know)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// A cheap necessary condition for <see cref="SummaryHeader"/> (IgnoreCase): the line opens with the first letter of
    /// one of its phrases, or a non-ASCII letter (which may fold to one).
    /// </summary>
    private static bool MayBeSummaryHeader(string text)
        => text.Length == 0 || (text[0] >= 0x80 && char.IsLetter(text[0])) || (char)(text[0] | 0x20) is 's' or 'h' or 'k' or 'i' or 'a' or 'q' or 'w';

    private static readonly string[] JobEndings = { "reporter", "correspondent", "editor", "writer", "columnist", "contributor", "journalist", "producer", "critic" };

    /// <summary>
    /// A cheap necessary condition for <see cref="NameThenJob"/> (case-sensitive): the line ends with a job word, or
    /// its plural, before an optional final line feed ('$' matches there too).
    /// </summary>
    internal static bool EndsWithJobWord(string text)
    {
        var e = text.Length;
        if (e > 0 && text[e - 1] == '\n') e--;
        if (e > 0 && text[e - 1] == 's') e--;
        foreach (var job in JobEndings)
            if (e >= job.Length && string.CompareOrdinal(text, e - job.Length, job, 0, job.Length) == 0) return true;
        return false;
    }

    /// <summary>"Media caption Rescuers enter the shaft", "Image caption ...": a broadcaster's caption label.</summary>
    private static readonly Regex MediaCaption = new(@"^(?:media|image|video)\s+caption\s*:?\s+(?<text>\S.{2,})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Re-reads the lines the one-line sieves left open, in place.</summary>
    public static void Apply(List<ClassifiedLine> content)
    {
        for (var i = 0; i < content.Count; i++)
        {
            var line = content[i];
            var text = line.Text;
            switch (line.Kind)
            {
                case LineKind.Date:
                    if (BylineOfDateLine(text) is { } authors) content[i] = new ClassifiedLine(line.Number, text, LineKind.Date) { Date = line.Date, Credits = authors };
                    continue;
                case LineKind.Short or LineKind.Prose or LineKind.Junk:
                    break;
                default:
                    continue;
            }

            // Each regex below runs only where a cheap exact test says it can match: this loop sees every line of every page.
            if (text.Length <= 40 && MayBeSummaryHeader(text) && SummaryHeader.IsMatch(text))
            {
                // "Story highlights" and the summary lines under it, down to a blank line or the byline.
                line.Kind = LineKind.Junk;
                while (i + 1 < content.Count && content[i + 1].Number == content[i].Number + 1 && content[i + 1].Kind is LineKind.Short or LineKind.Prose
                       && LineClassifier.WordCount(content[i + 1].Text, 26) <= 25 && !CreditLineParser.IsBylineStart(content[i + 1].Text))
                    content[++i].Kind = LineKind.Junk;
                continue;
            }
            if (text.Length > 0 && char.ToLowerInvariant(text[0]) is 'm' or 'i' or 'v' && MediaCaption.Match(text) is { Success: true } media)
            {
                content[i] = new ClassifiedLine(line.Number, media.Groups["text"].Value, LineKind.Caption);
                continue;
            }
            if (IsMenu(text) || (MayBeClosingLine(text) && ClosingLine.IsMatch(text)) || Furniture.StartsComments(text))
            {
                line.Kind = LineKind.Junk;
                continue;
            }
            if (line.Kind == LineKind.Junk) continue;

            if (text.StartsWith("by", StringComparison.OrdinalIgnoreCase) && OrganisationByline.Match(text) is { Success: true } org && IsOrganisation(org.Groups["org"].Value))
            {
                line.Kind = LineKind.Byline;
                continue;
            }
            if (EndsWithJobWord(text) && LineClassifier.WordCount(text, 9) <= 8 && NameThenJob.Match(text) is { Success: true } nj && !StartsWithJobWord(nj.Groups["name"].Value))
            {
                content[i] = new ClassifiedLine(line.Number, text, LineKind.Byline) { Credits = new[] { new CreditModel(CreditKind.Author, nj.Groups["name"].Value) } };
                continue;
            }
            // A name alone on the line right above its job ("Jane Doe" / "Staff Reporter").
            if (line.Kind == LineKind.Short && i + 1 < content.Count && content[i + 1].Number == line.Number + 1 && content[i + 1].Kind == LineKind.Short
                && LoneName.IsMatch(text) && JobWords.IsMatch(content[i + 1].Text) && !StartsWithJobWord(text))
            {
                content[i] = new ClassifiedLine(line.Number, text, LineKind.Byline) { Credits = new[] { new CreditModel(CreditKind.Author, text) } };
                content[i + 1].Kind = LineKind.Junk;
                i++;
                continue;
            }
            if (line.Kind == LineKind.Prose && MayEndWithPhotoCredit(text) && PhotoByCredit.Match(text) is { Success: true } photo)
            {
                var credit = photo.Groups["credit"].Value.Trim();
                var by = CreditBy.Match(credit);
                content[i] = new ClassifiedLine(line.Number, text, LineKind.Caption)
                {
                    CaptionCredit = credit,
                    Credits = by.Success ? new[] { new CreditModel(CreditKind.Photo, by.Groups["name"].Value) } : null,
                };
            }
        }
    }

    /// <summary>
    /// A name alone on one of the two lines under the date line, below a headline ("March 3, 2009 · 5:00 AM ET" /
    /// "Heard on Morning Report" / "Jane Doe"): the author. Words that name places, organisations, titles or
    /// months rule a line out.
    /// </summary>
    public static void NameUnderDate(List<ClassifiedLine> content, int header)
    {
        for (var d = 1; d < header && d < content.Count; d++)
        {
            if (content[d].Kind != LineKind.Date) continue;
            var headlineAbove = false;
            for (var h = 0; h < d; h++)
                if (content[h].Kind is LineKind.Short or LineKind.Prose && LineClassifier.WordCount(content[h].Text, 3) >= 3) headlineAbove = true;
            if (!headlineAbove) continue;
            for (var j = d + 1; j < header && j <= d + 2 && content[j].Number <= content[d].Number + 2; j++)
            {
                var line = content[j];
                if (line.Kind != LineKind.Short || !LoneName.IsMatch(line.Text) || StartsWithJobWord(line.Text)) continue;
                if (Array.Exists(line.Text.Split(' '), w => People.NameLexicon.IsOrgOrPlace(w) || People.NameLexicon.IsTitleWord(w) || People.NameLexicon.FunctionWords.Contains(w) || People.NameLexicon.Months.Contains(w) || People.NameLexicon.Weekdays.Contains(w))) continue;
                content[j] = new ClassifiedLine(line.Number, line.Text, LineKind.Byline) { Credits = new[] { new CreditModel(CreditKind.Author, line.Text) } };
                return;
            }
            return;
        }
    }

    /// <summary>The organisation a byline names instead of a person ("By The Associated Press" gives "AP"), or null.</summary>
    public static string? BylineOrganisation(string line)
    {
        var m = OrganisationByline.Match(line.Trim());
        if (!m.Success || !IsOrganisation(m.Groups["org"].Value)) return null;
        var org = m.Groups["org"].Value.Trim();
        var canonical = SourceDetector.Canonical(org);
        return !string.Equals(canonical, org, StringComparison.Ordinal) ? canonical : null;
    }

    private static bool IsOrganisation(string org)
        => !string.Equals(SourceDetector.Canonical(org.Trim()), org.Trim(), StringComparison.Ordinal) || StaffWords.IsMatch(org);

    private static bool StartsWithJobWord(string name)
    {
        var first = name.Split(' ')[0];
        return JobWords.IsMatch(first) || first is "The" or "By" or "Staff" or "Senior" or "Chief";
    }

    /// <summary>The words <see cref="PhotoByCredit"/> needs ("photo", "picture", "image", "illustration"), case-insensitive, from <paramref name="from"/> on.</summary>
    private static bool MayBePhotoCredit(string text, int from = 0)
        => text.IndexOf("photo", from, StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("pictur", from, StringComparison.OrdinalIgnoreCase) >= 0
           || text.IndexOf("image", from, StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("illustration", from, StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>
    /// A cheap necessary condition for <see cref="PhotoByCredit"/>, whose match runs to the end of the line (then only
    /// white space, one '.' and a final line feed): either the line ends with ')' and holds a photo word, or a photo
    /// word lies after the last '.' before that ending (the credit without brackets holds no '.').
    /// </summary>
    private static bool MayEndWithPhotoCredit(string text)
    {
        var e = text.Length;
        if (e > 0 && text[e - 1] == '\n') e--;
        if (e > 0 && text[e - 1] == '.') e--;
        while (e > 0 && char.IsWhiteSpace(text[e - 1])) e--;
        if (e > 0 && text[e - 1] == ')' && MayBePhotoCredit(text)) return true;
        var lastDot = e > 0 ? text.LastIndexOf('.', e - 1) : -1;
        return MayBePhotoCredit(text, lastDot + 1);
    }

    // The separators of Separators, in two sets of at most five: IndexOfAny scans for up to five characters at once
    // (more, and it falls back to a slower search).
    private static readonly char[] AsciiMenuSeparators = { '|', '>' };
    private static readonly char[] OtherMenuSeparators = { '›', '»', '«', '•', '·' };

    /// <summary>Menus on one line: three or more short items between separators, none of them a sentence.</summary>
    internal static bool IsMenu(string text)
    {
        if (text.IndexOfAny(AsciiMenuSeparators) < 0 && text.IndexOfAny(OtherMenuSeparators) < 0) return false; // one part: never a menu
        var parts = Separators.Split(text.Trim());
        var items = 0;
        foreach (var part in parts)
        {
            var p = part.Trim();
            if (p.Length == 0) continue;
            if (LineClassifier.WordCount(p, 5) > 4 || LineClassifier.EndsLikeSentence(p)) return false;
            items++;
        }
        return items >= 3 || (parts.Length >= 2 && items >= 2 && text.IndexOfAny(new[] { '›', '»', '«' }) >= 0);
    }

    private static IReadOnlyList<CreditModel>? BylineOfDateLine(string text)
    {
        var before = BylineBeforeDate.Match(text);
        if (before.Success && CreditLineParser.ParseByline(before.Groups["byline"].Value) is { } authors) return authors;
        var after = BylineAfterDate.Match(text);
        if (after.Success && CreditLineParser.ParseByline("By " + after.Groups["names"].Value) is { } posted) return posted;
        return null;
    }
}
