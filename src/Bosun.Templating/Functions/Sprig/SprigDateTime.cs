using System.Diagnostics;
using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// Go's <c>time.Time</c>: an instant (Unix seconds + nanoseconds), a location, and for <c>time.Now()</c> a
/// monotonic clock reading (shown by String() as <c>m=+0.001</c>, kept by Add, dropped by In/UTC/Round).
/// Calendar arithmetic is proleptic Gregorian over the full range, as Go's.
/// </summary>
internal sealed partial class SprigDateTime
{
    /// <summary>Go's type name, <c>time.Time</c>.</summary>
    public static readonly GoType GoType = new("time.Time", GoKind.Struct, isNamed: true);

    public const long NanosPerSecond = 1_000_000_000;
    private const long SecondsPerDay = 86_400;

    // Unix seconds of Go's zero Time, January 1, year 1, 00:00:00 UTC.
    private const long ZeroUnix = -62_135_596_800;

    private static readonly long s_processStart = Stopwatch.GetTimestamp();

    public SprigDateTime(long unixSeconds, int nanoseconds, SprigDateLocation location, long? monotonic = null)
    {
        UnixSeconds = unixSeconds;
        Nanoseconds = nanoseconds;
        Location = location;
        Monotonic = monotonic;
    }

    public long UnixSeconds { get; }

    /// <summary>Nanoseconds within the second, 0..999999999.</summary>
    public int Nanoseconds { get; }

    public SprigDateLocation Location { get; }

    /// <summary>Monotonic reading in nanoseconds since process start, or null.</summary>
    public long? Monotonic { get; }

    /// <summary>The zero Time (<c>time.Time{}</c>): year 1, UTC.</summary>
    public static SprigDateTime Zero { get; } = new(ZeroUnix, 0, SprigDateLocation.Utc);

    public bool IsZero => UnixSeconds == ZeroUnix && Nanoseconds == 0;

    /// <summary>time.Now() from a clock: local location, with a monotonic reading.</summary>
    public static SprigDateTime Now(TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        long ticks = now.UtcTicks - DateTime.UnixEpoch.Ticks;
        long seconds = Math.DivRem(ticks, TimeSpan.TicksPerSecond, out long remainder);
        if (remainder < 0)
        {
            seconds--;
            remainder += TimeSpan.TicksPerSecond;
        }

        long monotonic = (long)(clock.GetElapsedTime(s_processStart).Ticks * 100);
        return new SprigDateTime(seconds, (int)(remainder * 100), SprigDateLocation.Local(clock), Math.Max(1, monotonic));
    }

    /// <summary>time.Unix(sec, 0) in the clock's local location.</summary>
    public static SprigDateTime Unix(long seconds, TimeProvider clock) => new(seconds, 0, SprigDateLocation.Local(clock));

    /// <summary>time.Date: wall-clock fields (normalised like Go) in a location.</summary>
    public static SprigDateTime Date(long year, long month, long day, long hour, long minute, long second, long nanosecond, SprigDateLocation location)
    {
        long m = month - 1;
        year += FloorDiv(m, 12);
        m = FloorMod(m, 12);
        second += FloorDiv(nanosecond, NanosPerSecond);
        nanosecond = FloorMod(nanosecond, NanosPerSecond);
        minute += FloorDiv(second, 60);
        second = FloorMod(second, 60);
        hour += FloorDiv(minute, 60);
        minute = FloorMod(minute, 60);
        day += FloorDiv(hour, 24);
        hour = FloorMod(hour, 24);
        long days = DaysFromCivil(year, (int)m + 1, 1) + day - 1;
        long unix = days * SecondsPerDay + hour * 3600 + minute * 60 + second;
        int offset = location.Lookup(unix).Offset;
        if (offset != 0)
        {
            offset = location.Lookup(unix - offset).Offset;
            unix -= offset;
        }

        return new SprigDateTime(unix, (int)nanosecond, location);
    }

    /// <summary>Offset and abbreviation in effect, and the wall-clock seconds since the Unix epoch.</summary>
    public (string Abbreviation, int Offset, long LocalSeconds) Zone()
    {
        var (abbreviation, offset, _) = Location.Lookup(UnixSeconds);
        return (abbreviation, offset, UnixSeconds + offset);
    }

    /// <summary>Year, month (1-12), day, hour, minute, second, weekday (0 = Sunday), day of year (1-366) in the location.</summary>
    public (long Year, int Month, int Day, int Hour, int Minute, int Second, int Weekday, int YearDay) Fields()
    {
        long local = Zone().LocalSeconds;
        long days = FloorDiv(local, SecondsPerDay);
        long secondOfDay = local - days * SecondsPerDay;
        var (year, month, day) = CivilFromDays(days);
        int weekday = (int)FloorMod(days + 4, 7);
        int yearDay = (int)(days - DaysFromCivil(year, 1, 1)) + 1;
        return (year, month, day, (int)(secondOfDay / 3600), (int)(secondOfDay / 60 % 60), (int)(secondOfDay % 60), weekday, yearDay);
    }

    public SprigDateTime In(SprigDateLocation location) => new(UnixSeconds, Nanoseconds, location);

    /// <summary>t.Add(d): keeps (and shifts) the monotonic reading.</summary>
    public SprigDateTime Add(long duration)
    {
        long seconds = duration / NanosPerSecond;
        long nanos = Nanoseconds + duration % NanosPerSecond;
        if (nanos >= NanosPerSecond)
        {
            seconds++;
            nanos -= NanosPerSecond;
        }
        else if (nanos < 0)
        {
            seconds--;
            nanos += NanosPerSecond;
        }

        return new SprigDateTime(unchecked(UnixSeconds + seconds), (int)nanos, Location, Monotonic is { } m ? unchecked(m + duration) : null);
    }

    /// <summary>t.Sub(u) as a Duration, saturating at the int64 limits; monotonic readings used when both have one.</summary>
    public long Sub(SprigDateTime other)
    {
        if (Monotonic is { } a && other.Monotonic is { } b)
        {
            long d = unchecked(a - b);
            if (d < 0 && a > b)
            {
                return long.MaxValue;
            }

            if (d > 0 && a < b)
            {
                return long.MinValue;
            }

            return d;
        }

        Int128 total = ((Int128)UnixSeconds - other.UnixSeconds) * NanosPerSecond + (Nanoseconds - other.Nanoseconds);
        return total > long.MaxValue ? long.MaxValue : total < long.MinValue ? long.MinValue : (long)total;
    }

    public int Compare(SprigDateTime other) =>
        UnixSeconds != other.UnixSeconds ? UnixSeconds.CompareTo(other.UnixSeconds) : Nanoseconds.CompareTo(other.Nanoseconds);

    /// <summary>t.Truncate(d) / t.Round(d): relative to the zero Time; monotonic reading dropped.</summary>
    public SprigDateTime RoundTo(long duration, bool round)
    {
        var stripped = new SprigDateTime(UnixSeconds, Nanoseconds, Location);
        if (duration <= 0)
        {
            return stripped;
        }

        Int128 sinceZero = ((Int128)UnixSeconds - ZeroUnix) * NanosPerSecond + Nanoseconds;
        long remainder = (long)(sinceZero % duration);
        if (remainder < 0)
        {
            remainder += duration;
        }

        if (round && (ulong)remainder + (ulong)remainder >= (ulong)duration)
        {
            return stripped.Add(duration - remainder);
        }

        return stripped.Add(-remainder);
    }

    internal static long FloorDiv(long a, long b) => a / b - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0);

    internal static long FloorMod(long a, long b) => a - FloorDiv(a, b) * b;

    internal static long DaysFromCivil(long y, int m, int d)
    {
        y -= m <= 2 ? 1 : 0;
        long era = FloorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    internal static (long Year, int Month, int Day) CivilFromDays(long z)
    {
        z += 719468;
        long era = FloorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int)(doy - (153 * mp + 2) / 5 + 1);
        int m = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
    }

    internal static bool IsLeap(long year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    internal static int DaysIn(int month, long year) => month == 2 ? (IsLeap(year) ? 29 : 28) : month is 4 or 6 or 9 or 11 ? 30 : 31;
}
