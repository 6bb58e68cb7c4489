// Shared by the generator (which writes dates) and the runtime (which prints them): compiled into both assemblies.
using System;
using System.Globalization;

namespace CorpusSdk.Internal;

/// <summary>ISO 8601 with only what a page states: <c>2007-08-08</c>, <c>2007-08-08T08:46</c>, <c>2007-08-08T11:54:45-04:00</c>.</summary>
internal static class IsoDate
{
    public static string Format(DateTime local, bool hasTime, TimeSpan? offset)
    {
        if (!hasTime) return local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = local.ToString(local.Second == 0 ? "yyyy-MM-dd'T'HH:mm" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        if (offset is not { } o) return text;
        if (o == TimeSpan.Zero) return text + "Z";
        var abs = o.Duration();
        return text + (o < TimeSpan.Zero ? "-" : "+") + abs.Hours.ToString("00", CultureInfo.InvariantCulture) + ":" + abs.Minutes.ToString("00", CultureInfo.InvariantCulture);
    }
}
