namespace Bosun.Templating.Tests.Oracle.Fixtures;

/// <summary>The system clock in UTC: the update script runs helm with TZ=UTC, so Go's time.Local is UTC.</summary>
internal sealed class UtcTimeProvider : TimeProvider
{
    public static readonly UtcTimeProvider Instance = new();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
