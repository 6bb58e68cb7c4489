using System;
using System.Globalization;

namespace CorpusSdk;

/// <summary>
/// When an article was published, exactly as precise as the page states it: a date, a date and time,
/// or a date and time with a UTC offset. Nothing the page does not give is invented.
/// Dates compare chronologically (a date alone sorts as its midnight; offsets are honoured when both sides have one).
/// </summary>
public readonly struct PublishedDate : IEquatable<PublishedDate>, IComparable<PublishedDate>
{
    /// <summary>Creates a published date.</summary>
    /// <param name="local">The date and time as written on the page (local to the page).</param>
    /// <param name="hasTime">Whether the page gives a time of day.</param>
    /// <param name="offset">The page's UTC offset, where it states a zone.</param>
    public PublishedDate(DateTime local, bool hasTime, TimeSpan? offset)
    {
        Local = DateTime.SpecifyKind(hasTime ? local : local.Date, DateTimeKind.Unspecified);
        HasTime = hasTime;
        Offset = hasTime ? offset : null;
    }

    /// <summary>The date and time as the page writes it, in the page's own zone.</summary>
    public DateTime Local { get; }

    /// <summary>The calendar date.</summary>
    public DateTime Date => Local.Date;

    /// <summary>Whether the page gives a time of day.</summary>
    public bool HasTime { get; }

    /// <summary>The UTC offset the page states, or null where it names no zone.</summary>
    public TimeSpan? Offset { get; }

    /// <summary>The instant, where the page gives a time and a zone.</summary>
    public DateTimeOffset? Instant => Offset is { } o ? new DateTimeOffset(Local, o) : null;

    /// <summary>The year.</summary>
    public int Year => Local.Year;

    /// <summary>Parses the ISO 8601 form written by <see cref="ToString"/>.</summary>
    public static PublishedDate Parse(string iso)
    {
        if (iso is null) throw new ArgumentNullException(nameof(iso));
        if (iso.Length == 10)
            return new PublishedDate(DateTime.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture), false, null);
        TimeSpan? offset = null;
        var body = iso;
        if (iso.EndsWith("Z", StringComparison.Ordinal)) { offset = TimeSpan.Zero; body = iso.Substring(0, iso.Length - 1); }
        else if (iso.Length > 19 && (iso[iso.Length - 6] == '+' || iso[iso.Length - 6] == '-'))
        {
            var sign = iso[iso.Length - 6] == '-' ? -1 : 1;
            offset = TimeSpan.ParseExact(iso.Substring(iso.Length - 5), "hh\\:mm", CultureInfo.InvariantCulture);
            if (sign < 0) offset = -offset;
            body = iso.Substring(0, iso.Length - 6);
        }
        var local = DateTime.ParseExact(body, new[] { "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss" }, CultureInfo.InvariantCulture, DateTimeStyles.None);
        return new PublishedDate(local, true, offset);
    }

    /// <summary>ISO 8601: <c>2007-08-08</c>, <c>2007-08-08T08:46</c> or <c>2007-08-08T11:54:45-04:00</c>.</summary>
    public override string ToString() => Internal.IsoDate.Format(Local, HasTime, Offset);

    private DateTime SortKey => Offset is { } o ? Local - o : Local;

    /// <inheritdoc />
    public int CompareTo(PublishedDate other) => SortKey.CompareTo(other.SortKey);

    /// <inheritdoc />
    public bool Equals(PublishedDate other) => Local == other.Local && HasTime == other.HasTime && Offset == other.Offset;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PublishedDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Local.GetHashCode() ^ (HasTime ? 1 : 0) ^ Offset.GetHashCode();

    /// <summary>Same date, time and offset.</summary>
    public static bool operator ==(PublishedDate left, PublishedDate right) => left.Equals(right);

    /// <summary>Differs in date, time or offset.</summary>
    public static bool operator !=(PublishedDate left, PublishedDate right) => !left.Equals(right);

    /// <summary>Earlier than.</summary>
    public static bool operator <(PublishedDate left, PublishedDate right) => left.CompareTo(right) < 0;

    /// <summary>Later than.</summary>
    public static bool operator >(PublishedDate left, PublishedDate right) => left.CompareTo(right) > 0;

    /// <summary>Earlier than or the same.</summary>
    public static bool operator <=(PublishedDate left, PublishedDate right) => left.CompareTo(right) <= 0;

    /// <summary>Later than or the same.</summary>
    public static bool operator >=(PublishedDate left, PublishedDate right) => left.CompareTo(right) >= 0;
}
