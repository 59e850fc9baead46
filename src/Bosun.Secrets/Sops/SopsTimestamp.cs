using System.Globalization;

namespace Bosun.Secrets.Sops;

/// <summary>A YAML <c>!!timestamp</c> value (Go time.Time); its text form is Go's RFC 3339 with nanoseconds.</summary>
public sealed record SopsTimestamp(DateTimeOffset Value)
{
    /// <summary>Go's <c>time.Time.MarshalText</c> (RFC3339Nano, trailing zeros of the fraction dropped).</summary>
    public string Format()
    {
        string s = Value.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        long ticks = Value.Ticks % TimeSpan.TicksPerSecond;
        if (ticks != 0)
        {
            s += "." + (ticks * 100).ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0');
        }

        return s + (Value.Offset == TimeSpan.Zero ? "Z" : Value.ToString("zzz", CultureInfo.InvariantCulture));
    }

    public static bool TryParse(string s, out SopsTimestamp value)
    {
        value = new SopsTimestamp(default(DateTimeOffset));
        string[] formats = ["yyyy-M-d'T'H:m:s.FFFFFFFK", "yyyy-M-d't'H:m:s.FFFFFFFK", "yyyy-M-d H:m:s.FFFFFFF", "yyyy-M-d"];
        if (DateTimeOffset.TryParseExact(s, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            value = new SopsTimestamp(parsed);
            return true;
        }

        return false;
    }

    public override string ToString() => Format();
}
