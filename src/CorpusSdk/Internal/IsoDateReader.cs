using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace CorpusSdk.Internal;

/// <summary>
/// Reads the ISO 8601 forms the generator writes (<c>2007-08-08</c>, <c>2007-08-08T08:46</c>,
/// <c>2007-08-08T11:54:45-04:00</c>, a trailing <c>Z</c>) straight from UTF-8, with no string and no format parsing;
/// anything else goes to <see cref="PublishedDate.Parse"/>, which states the same forms.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class IsoDateReader
{
    /// <summary>Reads <paramref name="t"/> as one of the generator's ISO forms; false for anything else.</summary>
    [MethodImpl(Jit.Optimized)]
    public static bool TryRead(ReadOnlySpan<byte> t, out PublishedDate date)
    {
        date = default;
        if (t.Length < 10 || t[4] != '-' || t[7] != '-') return false;
        if (!Digits(t, 0, 4, out var year) || !Digits(t, 5, 2, out var month) || !Digits(t, 8, 2, out var day)) return false;
        if (month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year < 1 ? 1 : year, month) || year < 1) return false;
        if (t.Length == 10)
        {
            date = new PublishedDate(new DateTime(year, month, day), false, null);
            return true;
        }
        if (t.Length < 16 || t[10] != 'T' || t[13] != ':' || !Digits(t, 11, 2, out var hour) || !Digits(t, 14, 2, out var minute)) return false;
        var at = 16;
        var second = 0;
        if (t.Length >= 19 && t[16] == ':')
        {
            if (!Digits(t, 17, 2, out second)) return false;
            at = 19;
        }
        if (hour > 23 || minute > 59 || second > 59) return false;
        TimeSpan? offset = null;
        if (at == t.Length - 1 && t[at] == 'Z') offset = TimeSpan.Zero;
        else if (at == t.Length - 6 && (t[at] == '+' || t[at] == '-') && t[at + 3] == ':')
        {
            if (!Digits(t, at + 1, 2, out var oh) || !Digits(t, at + 4, 2, out var om) || om > 59) return false;
            var span = new TimeSpan(oh, om, 0);
            offset = t[at] == '-' ? -span : span;
        }
        else if (at != t.Length) return false;
        date = new PublishedDate(new DateTime(year, month, day, hour, minute, second), true, offset);
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> t, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var d = t[i] - (byte)'0';
            if ((uint)d > 9) return false;
            value = value * 10 + d;
        }
        return true;
    }
}
