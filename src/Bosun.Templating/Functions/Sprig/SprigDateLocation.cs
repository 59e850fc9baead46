using System.Text.RegularExpressions;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// Go's <c>*time.Location</c>: UTC, Local (the clock's local zone), a fixed offset (from parsing), or an
/// IANA zone from the system's zoneinfo files (as time.LoadLocation finds them), backed by TimeZoneInfo.
/// </summary>
internal sealed class SprigDateLocation
{
    private static readonly string[] s_zoneDirectories = ["/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/", "/etc/zoneinfo/"];

    private readonly TimeZoneInfo? _zone;
    private readonly int _fixedOffset;
    private readonly string _abbreviation;

    private SprigDateLocation(string name, TimeZoneInfo? zone, int fixedOffset, string abbreviation)
    {
        Name = name;
        _zone = zone;
        _fixedOffset = fixedOffset;
        _abbreviation = abbreviation;
    }

    public static SprigDateLocation Utc { get; } = new("UTC", null, 0, "UTC");

    /// <summary>The location's name (<c>Location.String()</c>): "UTC", "Local", "Europe/Berlin", or a fixed zone's name.</summary>
    public string Name { get; }

    public bool IsUtc => ReferenceEquals(this, Utc);

    /// <summary>time.Local for a clock: named "Local", zone rules of the clock's local time zone.</summary>
    public static SprigDateLocation Local(TimeProvider clock)
    {
        string name = ReferenceEquals(clock, TimeProvider.System) ? SystemLocalName() : "Local";
        return clock.LocalTimeZone == TimeZoneInfo.Utc ? new(name, null, 0, "UTC") : new(name, clock.LocalTimeZone, 0, string.Empty);
    }

    // Go names time.Local after $TZ when it is set: "UTC" for "" or "UTC" (or an unloadable zone), else the zone name.
    private static string SystemLocalName()
    {
        var tz = Environment.GetEnvironmentVariable("TZ");
        if (tz is null)
        {
            return "Local";
        }

        if (tz.StartsWith(':'))
        {
            tz = tz[1..];
        }

        if (tz.StartsWith('/'))
        {
            return tz == "/etc/localtime" ? "Local" : tz;
        }

        return tz is "" or "UTC" || !s_zoneDirectories.Any(d => File.Exists(d + tz)) ? "UTC" : tz;
    }

    /// <summary>time.FixedZone(name, offset).</summary>
    public static SprigDateLocation Fixed(string name, int offsetSeconds) => new(name, null, offsetSeconds, name);

    /// <summary>time.LoadLocation: "" and "UTC" are UTC, "Local" is local, other names need a zoneinfo file.</summary>
    public static SprigDateLocation? Load(string name, TimeProvider clock)
    {
        if (name is "" or "UTC")
        {
            return Utc;
        }

        if (name == "Local")
        {
            return Local(clock);
        }

        if (name.Contains("..", StringComparison.Ordinal) || name.StartsWith('/') || name.Contains('\\', StringComparison.Ordinal)
            || !Regex.IsMatch(name, "^[A-Za-z0-9_+./-]+$", RegexOptions.CultureInvariant))
        {
            return null;
        }

        string? zoneInfoEnv = Environment.GetEnvironmentVariable("ZONEINFO");
        var directories = zoneInfoEnv is { Length: > 0 } ? [zoneInfoEnv.TrimEnd('/') + "/", .. s_zoneDirectories] : s_zoneDirectories;
        if (!directories.Any(d => File.Exists(d + name)))
        {
            return null;
        }

        try
        {
            return new(name, TimeZoneInfo.FindSystemTimeZoneById(name), 0, string.Empty);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }

    /// <summary>The zone in effect at a Unix instant: its abbreviation, offset east of UTC in seconds, and DST flag.</summary>
    public (string Abbreviation, int Offset, bool IsDst) Lookup(long unixSeconds)
    {
        if (_zone is null)
        {
            return (_abbreviation, _fixedOffset, false);
        }

        var instant = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(unixSeconds, -62135596800L, 253402300799L));
        int offset = (int)_zone.GetUtcOffset(instant).TotalSeconds;
        bool dst = _zone.IsDaylightSavingTime(instant);
        string name = dst ? _zone.DaylightName : _zone.StandardName;
        if (name.Contains(' ', StringComparison.Ordinal) || name.Length == 0)
        {
            name = offset == 0 ? "UTC" : FormatOffsetName(offset);
        }

        return (name, offset, dst);
    }

    /// <summary>lookupName: the offset of a zone abbreviation in this location near a time, if it uses that abbreviation.</summary>
    public bool TryLookupName(string abbreviation, long unixSeconds, out int offset)
    {
        // Go first tries the zone in effect at the time (adjusted by its offset), then any zone with that name.
        var (name, zoneOffset, _) = Lookup(unixSeconds);
        if (name == abbreviation)
        {
            var (again, againOffset, _) = Lookup(unixSeconds - zoneOffset);
            if (again == abbreviation)
            {
                offset = againOffset;
                return true;
            }
        }

        if (_zone is not null)
        {
            // Standard and daylight offsets of the current rules.
            var year = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(unixSeconds, -62135596800L, 253402300799L));
            for (int month = 1; month <= 12; month++)
            {
                var probe = new DateTimeOffset(year.Year, month, 15, 12, 0, 0, TimeSpan.Zero);
                var (probeName, probeOffset, _) = Lookup(probe.ToUnixTimeSeconds());
                if (probeName == abbreviation)
                {
                    offset = probeOffset;
                    return true;
                }
            }
        }
        else if (_abbreviation.Length > 0 && _abbreviation == abbreviation && !IsUtc)
        {
            offset = _fixedOffset;
            return true;
        }

        offset = 0;
        return false;
    }

    // tzdata's numeric abbreviations: "+03", "-0330".
    private static string FormatOffsetName(int offset)
    {
        char sign = offset < 0 ? '-' : '+';
        int abs = Math.Abs(offset) / 60;
        return abs % 60 == 0 ? $"{sign}{abs / 60:D2}" : $"{sign}{abs / 60:D2}{abs % 60:D2}";
    }
}
