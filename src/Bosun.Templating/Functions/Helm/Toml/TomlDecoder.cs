using Bosun.Core.Values;
using Bosun.Templating.Functions.Sprig;

namespace Bosun.Templating.Functions.Helm.Toml;

/// <summary>
/// BurntSushi/toml's Unmarshal into <c>map[string]interface{}</c>, as helm's <c>fromToml</c> uses it:
/// tables → <c>map[string]interface {}</c>, arrays → <c>[]interface {}</c>, arrays of tables →
/// <c>[]map[string]interface {}</c>, integers → int64, floats → float64, datetimes → time.Time (local kinds in
/// the fixed zones <c>datetime-local</c>, <c>date-local</c>, <c>time-local</c>).
/// </summary>
internal static class TomlDecoder
{
    private static readonly GoType s_sliceOfMaps = new("[]map[string]interface {}", GoKind.Slice, GoType.MapOfInterface);

    /// <summary>Decodes TOML text; throws <see cref="TomlParseException"/> with the library's message.</summary>
    /// <param name="text">The TOML document.</param>
    /// <param name="helmMajor">4 for BurntSushi/toml v1.6 (TOML 1.1 additions), 3 for v1.4.</param>
    /// <param name="clock">Supplies the local zone, as Go's time.Local.</param>
    public static GoMap Decode(string text, int helmMajor, TimeProvider clock)
    {
        var mapping = TomlParser.Parse(text, tomlNext: helmMajor >= 4);
        return (GoMap)ToValue(mapping, clock)!;
    }

    private static object? ToValue(object? value, TimeProvider clock)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new TomlParseException("value nested too deeply", 1, string.Empty);
        }

        switch (value)
        {
            case Dictionary<string, object?> table:
            {
                var map = new GoMap();
                foreach (var (key, item) in table)
                {
                    map[key] = ToValue(item, clock);
                }

                return map;
            }

            case List<Dictionary<string, object?>> tables:
                return new GoList(s_sliceOfMaps, [.. tables.Select(t => ToValue(t, clock))]);
            case List<object?> array:
                return new GoList(GoType.SliceOfInterface, [.. array.Select(v => ToValue(v, clock))]);
            case long l:
                return GoInt.Int64(l);
            case TomlDateTime dt:
                return DateTime(dt, clock);
            default:
                return value;
        }
    }

    private static SprigDateTime DateTime(TomlDateTime dt, TimeProvider clock)
    {
        SprigDateLocation location;
        if (dt.IsUtc)
        {
            location = SprigDateLocation.Utc;
        }
        else if (dt.OffsetSeconds is { } offset)
        {
            var utc = SprigDateTime.Date(dt.Year, dt.Month, dt.Day, dt.Hour, dt.Minute, dt.Second, dt.Nanosecond, SprigDateLocation.Utc);
            long instant = utc.UnixSeconds - offset;
            var local = SprigDateLocation.Local(clock);
            location = local.Lookup(instant).Offset == offset ? local : SprigDateLocation.Fixed(string.Empty, offset);
        }
        else
        {
            int localOffset = (int)clock.LocalTimeZone.GetUtcOffset(clock.GetUtcNow()).TotalSeconds;
            location = SprigDateLocation.Fixed(dt.LocalKind, localOffset);
        }

        return SprigDateTime.Date(dt.Year, dt.Month, dt.Day, dt.Hour, dt.Minute, dt.Second, dt.Nanosecond, location);
    }
}
