using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CorpusSdk.Generator.Extraction.Page;

/// <summary>A date as a page states it: the date, the time if given, the UTC offset if the page names a zone.</summary>
internal readonly record struct StatedDate(DateTime Local, bool HasTime, TimeSpan? Offset)
{
    /// <summary>ISO 8601 with only what the page gave: <c>2007-08-08</c>, <c>2007-08-08T08:46</c>, <c>…T11:54:45-04:00</c>.</summary>
    public string ToIso() => CorpusSdk.Internal.IsoDate.Format(Local, HasTime, Offset);
}

/// <summary>
/// Reads publication dates from page lines: "August 8, 2007 / 8:46 AM", "Friday, 10 August 2007",
/// "updated 8/8/2007 11:54:45 AM ET", "Published: 10:15 a.m. EST, March 3, 2008", ISO 8601 stamps.
/// A line counts as a date line only when it is mostly date: prose that mentions a date is not one.
/// </summary>
internal static class PublishedDateParser
{
    private const string Month = @"(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    private static readonly Regex MonthDayYear = new(@"\b" + Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex DayMonthYear = new(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+" + Month + @",?\s+(?<year>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex Numeric = new(@"(?<![\d/.-])(?<month>\d{1,2})/(?<day>\d{1,2})/(?<year>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant);
    private static readonly Regex Iso = new(@"\b(?<year>(?:19|20)\d\d)-(?<month>\d\d)-(?<day>\d\d)(?:[T ](?<h>\d\d):(?<m>\d\d)(?::(?<s>\d\d)(?:\.\d+)?)?\s?(?<zone>Z|[+-]\d\d:?\d\d)?)?\b", RegexOptions.CultureInvariant);
    private static readonly Regex Time = new(@"(?<![\d:])(?<h>\d{1,2})[:.](?<m>\d\d)(?::(?<s>\d\d))?\s*(?<ampm>[AaPp]\.?\s?[Mm]\.?(?![A-Za-z]))?(?:\s*\(?(?<zone>[A-Z]{2,4}|(?:GMT|UTC)\s?[+-]\s?\d{1,2}(?::?\d\d)?)\)?(?![A-Za-z]))?", RegexOptions.CultureInvariant);
    // Written dates before numeric ones, and an ISO stamp last: it is often UTC beside a local time.
    private static readonly Regex[] DatePatterns = { MonthDayYear, DayMonthYear, Numeric, Iso };

    /// <summary>Words that may stand on a date line besides the date itself.</summary>
    private static readonly string[] DateLineWords =
    {
        "published", "updated", "update", "posted", "last", "first", "modified", "created", "on", "at", "by", "date", "time",
        "years", "year", "ago", "in", "am", "pm", "a", "m", "p", "hours", "hour", "minutes", "mins", "days", "day",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "t", "z", "utc", "gmt", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "bst", "cet", "cest", "eet", "eest", "ist", "jst", "aest", "aedt", "msk",
    };

    /// <summary>Parses <paramref name="line"/> when it is a date line; null otherwise.</summary>
    public static StatedDate? ParseDateLine(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.Length > 120) return null;
        // Every date pattern has a year that starts "19" or "20".
        if (trimmed.IndexOf("19", StringComparison.Ordinal) < 0 && trimmed.IndexOf("20", StringComparison.Ordinal) < 0) return null;
        // The cheap word count first: prose that mentions a year fails it without running the date patterns.
        if (!MostlyDate(trimmed)) return null;
        if (!TryFindDate(trimmed, out var date, out var dateMatch)) return null;
        var iso = trimmed.IndexOf('-') >= 0 ? Iso.Match(trimmed) : Match.Empty; // an ISO stamp has a '-'
        // A local time with a named zone beats a bare ISO stamp (which may be UTC without saying so).
        var time = FindTime(trimmed, dateMatch);
        if (time is { } t)
        {
            var local = date.Date + t.TimeOfDay;
            var offset = t.Zone is null ? null : ZoneOffsets.Resolve(t.Zone, local);
            if (offset is null && iso.Success && iso.Groups["zone"].Success && iso.Groups["h"].Success)
                return FromIso(iso);
            return new StatedDate(local, true, offset);
        }
        if (iso.Success) return FromIso(iso);
        return new StatedDate(date, false, null);
    }

    /// <summary>
    /// The first written calendar date anywhere in <paramref name="text"/>, as a date alone: the last resort for a page
    /// with no date line (a caption's "June 2, 2011" still dates the story to the day).
    /// </summary>
    public static StatedDate? FindAnyDate(string text)
        => TryFindDate(text, out var date, out _) ? new StatedDate(date, false, null) : null;

    private static bool TryFindDate(string line, out DateTime date, out Match match)
    {
        foreach (var regex in DatePatterns)
        {
            // The numeric and ISO patterns need their separator: a written date line has neither, most often.
            if ((regex == Numeric && line.IndexOf('/') < 0) || (regex == Iso && line.IndexOf('-') < 0)) continue;
            match = regex.Match(line);
            if (!match.Success) continue;
            var month = MonthNumber(match.Groups["month"].Value);
            var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                date = new DateTime(year, month, day);
                return true;
            }
        }
        date = default;
        match = Match.Empty;
        return false;
    }

    /// <summary>
    /// At most four words (runs of letters, as the regex [\p{L}]+ finds them) that are neither a month nor a
    /// <see cref="DateLineWords"/> entry. A hand-written scan: no Match or lower-case copy per ASCII word.
    /// </summary>
    internal static bool MostlyDate(string line)
    {
        var stray = 0;
        var i = 0;
        var n = line.Length;
        while (i < n)
        {
            if (!char.IsLetter(line[i])) { i++; continue; }
            var start = i;
            var ascii = true;
            while (i < n && char.IsLetter(line[i]))
            {
                if (line[i] >= 0x80) ascii = false;
                i++;
            }
            if (!IsDateWord(line, start, i - start, ascii) && ++stray > 4) return false;
        }
        // "By Jane Doe | Published March 3, 2008" still reads as a date line; a sentence does not.
        return true;
    }

    /// <summary>No date word is longer than "wednesday" or "september".</summary>
    private const int LongestDateWord = 9;

    [ThreadStatic] private static char[]? _word;

    private static bool IsDateWord(string line, int start, int length, bool ascii)
    {
        if (!ascii)
        {
            // Invariant lower-casing may turn a non-ASCII letter into an ASCII one (the Kelvin sign into 'k'): as before.
            var w = line.Substring(start, length).ToLowerInvariant();
            return MonthNumber(w) > 0 || Array.IndexOf(DateLineWords, w) >= 0;
        }
        if (length > LongestDateWord) return false;
        var buffer = _word ??= new char[LongestDateWord];
        for (var k = 0; k < length; k++)
        {
            var c = line[start + k];
            buffer[k] = c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c;
        }
        if (length == 4 && buffer[0] == 's' && buffer[1] == 'e' && buffer[2] == 'p' && buffer[3] == 't') return true;
        foreach (var month in MonthNames)
            if (Equals(buffer, length, month) || (length == 3 && buffer[0] == month[0] && buffer[1] == month[1] && buffer[2] == month[2])) return true;
        foreach (var word in DateLineWords)
            if (Equals(buffer, length, word)) return true;
        return false;
    }

    private static bool Equals(char[] buffer, int length, string word)
    {
        if (word.Length != length) return false;
        for (var k = 0; k < length; k++)
            if (buffer[k] != word[k]) return false;
        return true;
    }

    private readonly record struct FoundTime(TimeSpan TimeOfDay, string? Zone);

    private static FoundTime? FindTime(string line, Match dateMatch)
    {
        foreach (Match m in Time.Matches(line))
        {
            // Skip digits that belong to the date itself or to an ISO stamp.
            if (m.Index >= dateMatch.Index && m.Index < dateMatch.Index + dateMatch.Length) continue;
            if (m.Index > 0 && (line[m.Index - 1] == 'T' || line[m.Index - 1] == '-' || line[m.Index - 1] == '+')) continue;
            var h = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
            var min = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            var s = m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
            if (m.Groups["ampm"].Success)
            {
                if (h is < 1 or > 12) continue;
                var pm = char.ToLowerInvariant(m.Groups["ampm"].Value[0]) == 'p';
                h = h % 12 + (pm ? 12 : 0);
            }
            else if (line[m.Groups["m"].Index - 1] == '.' && !m.Groups["zone"].Success) continue; // "8.46" alone is a number, "8.46 GMT" a time
            if (h > 23 || min > 59 || s > 59) continue;
            var zone = m.Groups["zone"].Success ? m.Groups["zone"].Value : null;
            if (zone is not null && ZoneOffsets.Resolve(zone, new DateTime(2000, 1, 1)) is null) zone = null; // "AP", "US": not zones
            return new FoundTime(new TimeSpan(h, min, s), zone);
        }
        return null;
    }

    private static StatedDate FromIso(Match iso)
    {
        var date = new DateTime(int.Parse(iso.Groups["year"].Value, CultureInfo.InvariantCulture), int.Parse(iso.Groups["month"].Value, CultureInfo.InvariantCulture), int.Parse(iso.Groups["day"].Value, CultureInfo.InvariantCulture));
        if (!iso.Groups["h"].Success) return new StatedDate(date, false, null);
        var time = new TimeSpan(int.Parse(iso.Groups["h"].Value, CultureInfo.InvariantCulture), int.Parse(iso.Groups["m"].Value, CultureInfo.InvariantCulture), iso.Groups["s"].Success ? int.Parse(iso.Groups["s"].Value, CultureInfo.InvariantCulture) : 0);
        TimeSpan? offset = null;
        if (iso.Groups["zone"].Success)
        {
            var z = iso.Groups["zone"].Value;
            offset = z == "Z" ? TimeSpan.Zero : ZoneOffsets.ParseNumeric(z);
        }
        return new StatedDate(date + time, true, offset);
    }

    private static readonly string[] MonthNames = { "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december" };

    /// <summary>1-12 for an English month name or abbreviation, else 0 (numeric months pass through).</summary>
    internal static int MonthNumber(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        var t = text.TrimEnd('.').ToLowerInvariant();
        if (t == "sept") return 9;
        for (var i = 0; i < MonthNames.Length; i++)
            if (t == MonthNames[i] || (t.Length == 3 && MonthNames[i].StartsWith(t, StringComparison.Ordinal))) return i + 1;
        return 0;
    }
}
