namespace Bosun.Templating.Functions.Helm.Toml;

/// <summary>A parsed TOML datetime: fields as written and the zone (<c>null</c> offset for the local kinds).</summary>
internal sealed record TomlDateTime(
    int Year, int Month, int Day, int Hour, int Minute, int Second, int Nanosecond, int? OffsetSeconds, bool IsUtc, string LocalKind);
