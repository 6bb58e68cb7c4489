using System;
using System.Globalization;

namespace CorpusSdk.Generator.Extraction.Page;

/// <summary>
/// UTC offsets of the zone names news pages print. "ET"/"PT" etc. follow US daylight saving for the date
/// (second Sunday of March to first Sunday of November since 2007; first Sunday of April to last Sunday of
/// October before), "EST"/"EDT" are fixed. Unknown names give null: an offset is never guessed.
/// </summary>
internal static class ZoneOffsets
{
    public static TimeSpan? Resolve(string zone, DateTime local)
    {
        var z = zone.Replace(" ", "");
        if (z.StartsWith("GMT", StringComparison.Ordinal) || z.StartsWith("UTC", StringComparison.Ordinal))
            return z.Length == 3 ? TimeSpan.Zero : ParseNumeric(z.Substring(3));
        switch (z)
        {
            case "Z": return TimeSpan.Zero;
            case "EST": return TimeSpan.FromHours(-5);
            case "EDT": return TimeSpan.FromHours(-4);
            case "CST": return TimeSpan.FromHours(-6);
            case "CDT": return TimeSpan.FromHours(-5);
            case "MST": return TimeSpan.FromHours(-7);
            case "MDT": return TimeSpan.FromHours(-6);
            case "PST": return TimeSpan.FromHours(-8);
            case "PDT": return TimeSpan.FromHours(-7);
            case "ET": return TimeSpan.FromHours(UsDaylight(local) ? -4 : -5);
            case "CT": return TimeSpan.FromHours(UsDaylight(local) ? -5 : -6);
            case "MT": return TimeSpan.FromHours(UsDaylight(local) ? -6 : -7);
            case "PT": return TimeSpan.FromHours(UsDaylight(local) ? -7 : -8);
            case "BST": return TimeSpan.FromHours(1);
            case "CET": return TimeSpan.FromHours(1);
            case "CEST": return TimeSpan.FromHours(2);
            case "EET": return TimeSpan.FromHours(2);
            case "EEST": return TimeSpan.FromHours(3);
            case "MSK": return TimeSpan.FromHours(3);
            case "JST": return TimeSpan.FromHours(9);
            case "AEST": return TimeSpan.FromHours(10);
            case "AEDT": return TimeSpan.FromHours(11);
            case "ACST": return new TimeSpan(9, 30, 0);
            case "ACDT": return new TimeSpan(10, 30, 0);
            case "AWST": return TimeSpan.FromHours(8);
            case "NZST": return TimeSpan.FromHours(12);
            case "NZDT": return TimeSpan.FromHours(13);
            case "WET": return TimeSpan.Zero;
            case "WEST": return TimeSpan.FromHours(1);
            case "SAST": return TimeSpan.FromHours(2);
            case "CAT": return TimeSpan.FromHours(2);
            case "EAT": return TimeSpan.FromHours(3);
            case "WAT": return TimeSpan.FromHours(1);
            // On English-language news pages "IST" is India's (Irish summer time is printed as BST/"Irish time").
            case "IST": return new TimeSpan(5, 30, 0);
            case "PKT": return TimeSpan.FromHours(5);
            case "ICT": return TimeSpan.FromHours(7);
            case "WIB": return TimeSpan.FromHours(7);
            case "SGT": return TimeSpan.FromHours(8);
            case "HKT": return TimeSpan.FromHours(8);
            case "PHT": return TimeSpan.FromHours(8);
            case "KST": return TimeSpan.FromHours(9);
            case "HST": return TimeSpan.FromHours(-10);
            case "AKST": return TimeSpan.FromHours(-9);
            case "AKDT": return TimeSpan.FromHours(-8);
            case "NST": return new TimeSpan(-3, -30, 0);
            case "NDT": return new TimeSpan(-2, -30, 0);
            default: return null;
        }
    }

    /// <summary>"+05:30", "-0400", "+3" as an offset, or null.</summary>
    public static TimeSpan? ParseNumeric(string text)
    {
        var t = text.Replace(":", "").Trim();
        if (t.Length < 2 || (t[0] != '+' && t[0] != '-')) return null;
        var digits = t.Substring(1);
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return null;
        var (h, m) = digits.Length <= 2 ? (n, 0) : (n / 100, n % 100);
        if (h > 14 || m > 59) return null;
        var span = new TimeSpan(h, m, 0);
        return t[0] == '-' ? -span : span;
    }

    private static bool UsDaylight(DateTime local)
    {
        var y = local.Year;
        DateTime start, end;
        if (y >= 2007)
        {
            start = NthSunday(y, 3, 2);
            end = NthSunday(y, 11, 1);
        }
        else
        {
            start = NthSunday(y, 4, 1);
            end = LastSunday(y, 10);
        }
        return local >= start.AddHours(2) && local < end.AddHours(2);
    }

    private static DateTime NthSunday(int year, int month, int n)
    {
        var first = new DateTime(year, month, 1);
        var offset = ((int)DayOfWeek.Sunday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 7 * (n - 1));
    }

    private static DateTime LastSunday(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
