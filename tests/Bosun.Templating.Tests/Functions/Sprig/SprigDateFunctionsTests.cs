using Bosun.Core.Values;

namespace Bosun.Templating.Tests.Functions.Sprig;

// Expected values taken from helm v4.1.4 (sprig v3.3.0 on Go 1.25); see SprigDateGoCases.
public sealed class SprigDateFunctionsTests
{
    private static readonly TimeZoneInfo s_newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private readonly SprigFunctionInvoker _sprig = new(now: new DateTimeOffset(2024, 5, 6, 7, 8, 9, 123, TimeSpan.Zero));

    public static TheoryData<int> FormatIndexes() => Indexes(SprigDateGoCases.Formats.Length);

    public static TheoryData<int> ParseIndexes() => Indexes(SprigDateGoCases.Parses.Length);

    public static TheoryData<int> ParseErrorIndexes() => Indexes(SprigDateGoCases.ParseErrors.Length);

    [Theory]
    [MemberData(nameof(FormatIndexes))]
    public void DateInZone_GoLayout_FormatsLikeGo(int index)
    {
        var (layout, unix, zone, expected) = SprigDateGoCases.Formats[index];
        Assert.Equal(expected, _sprig.Call("dateInZone", layout, GoInt.Int64(unix), zone));
    }

    [Theory]
    [MemberData(nameof(ParseIndexes))]
    public void ToDate_Layout_ParsesLikeGo(int index)
    {
        var (local, layout, value, expected) = SprigDateGoCases.Parses[index];
        var sprig = new SprigFunctionInvoker(local: local == "UTC" ? TimeZoneInfo.Utc : s_newYork);
        var t = Assert.IsAssignableFrom<IGoObject>(sprig.Call("toDate", layout, value));
        var actual = string.Join("|", t.GoString(), sprig.Call("unixEpoch", t), Method(t, "Location") is IGoObject l ? l.GoString() : null, Method(t, "Format", "MST -07:00:00"));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(ParseErrorIndexes))]
    public void MustToDate_BadValue_FailsWithGoParseError(int index)
    {
        var (layout, value, error) = SprigDateGoCases.ParseErrors[index];
        Assert.Equal(error, _sprig.Fails("mustToDate", layout, value));
        Assert.Equal("0001-01-01 00:00:00 +0000 UTC", ((IGoObject)_sprig.Call("toDate", layout, value)!).GoString());
    }

    [Fact]
    public void MustDateModify_Durations_AddOrFailLikeGo()
    {
        var start = _sprig.Call("toDate", "2006-01-02", "2024-03-04");
        foreach (var (duration, result) in SprigDateGoCases.Modifications)
        {
            if (result.StartsWith("time:", StringComparison.Ordinal))
            {
                Assert.Equal(result, _sprig.Fails("mustDateModify", duration, start));
                Assert.Same(start, _sprig.Call("dateModify", duration, start));
            }
            else
            {
                Assert.Equal(result, ((IGoObject)_sprig.Call("mustDateModify", duration, start)!).GoString());
            }
        }
    }

    [Fact]
    public void Duration_Strings_ParseSecondsLikeSprig()
    {
        foreach (var (seconds, result) in SprigDateGoCases.Durations)
        {
            Assert.Equal(result, _sprig.Call("duration", seconds));
        }
    }

    [Fact]
    public void Duration_IntegerKinds_OnlyInt64Counts()
    {
        Assert.Equal("1m30s", _sprig.Call("duration", GoInt.Int64(90)));
        Assert.Equal("0s", _sprig.Call("duration", 90L));
        Assert.Equal("0s", _sprig.Call("duration", 90.0));
    }

    [Fact]
    public void DurationRound_Strings_RoundToLargestUnit()
    {
        foreach (var (duration, result) in SprigDateGoCases.RoundedDurations)
        {
            Assert.Equal(result, _sprig.Call("durationRound", duration));
        }

        Assert.Equal("60m", _sprig.Call("durationRound", GoInt.Int64(3_600_000_000_000)));
        Assert.Equal("0s", _sprig.Call("durationRound", 5L));
    }

    [Fact]
    public void Now_FixedClock_IsLocalTimeWithMonotonicReading()
    {
        var now = Assert.IsAssignableFrom<IGoObject>(_sprig.Call("now"));
        Assert.Equal("time.Time", now.Type.Name);
        Assert.Matches(@"^2024-05-06 07:08:09\.123 \+0000 UTC m=\+\d+\.\d{9}$", now.GoString());
        Assert.Equal("Local", ((IGoObject)Method(now, "Location")!).GoString());
        Assert.Equal("1714979289", _sprig.Call("unixEpoch", now));
    }

    [Fact]
    public void Now_LocalZone_UsesClockZone()
    {
        var sprig = new SprigFunctionInvoker(now: new DateTimeOffset(2024, 7, 4, 12, 0, 0, TimeSpan.Zero), local: s_newYork);
        Assert.StartsWith("2024-07-04 08:00:00 -0400 EDT m=+", ((IGoObject)sprig.Call("now")!).GoString(), StringComparison.Ordinal);
        Assert.Equal("2024-07-04 08:00", sprig.Call("date", "2006-01-02 15:04", sprig.Call("now")));
    }

    [Fact]
    public void Date_Int64Seconds_FormatsInLocalZone()
    {
        var sprig = new SprigFunctionInvoker(local: s_newYork);
        Assert.Equal("2023-11-14T17:13:20-05:00", sprig.Call("date", "2006-01-02T15:04:05Z07:00", GoInt.Int64(1700000000)));
        Assert.Equal("2023-11-14T22:13:20Z", _sprig.Call("date", "2006-01-02T15:04:05Z07:00", GoInt.Int64(1700000000)));
    }

    [Fact]
    public void Date_IntAndInt32_AreUnixSecondsButFloatMeansNow()
    {
        Assert.Equal("2023-11-14", _sprig.Call("htmlDate", 1700000000L));
        Assert.Equal("2023-11-14", _sprig.Call("htmlDate", new GoInt(GoType.Int32, 1700000000)));
        Assert.Equal("2024-05-06", _sprig.Call("htmlDate", 1700000000.0));
        Assert.Equal("2024-05-06", _sprig.Call("htmlDate", "1700000000"));
        Assert.Equal("2023-11-15", _sprig.Call("htmlDateInZone", 1700000000L, "Asia/Tokyo"));
    }

    [Theory]
    [InlineData("Nope/Zone")]
    [InlineData("america/new_york")]
    [InlineData("Pacific Standard Time")]
    [InlineData("../zoneinfo/UTC")]
    public void DateInZone_UnknownZone_FallsBackToUtc(string zone) =>
        Assert.Equal("UTC +0000", _sprig.Call("dateInZone", "MST -0700", GoInt.Int64(1700000000), zone));

    [Fact]
    public void Ago_PastTimes_RoundToSeconds()
    {
        Assert.Equal("1h0m0s", _sprig.Call("ago", GoInt.Int64(1714979289 - 3600)));
        Assert.Equal("-10s", _sprig.Call("ago", 1714979299L));
        var earlier = _sprig.Call("toDate", "2006-01-02 15:04:05.000", "2024-05-06 07:08:08.500");
        Assert.Equal("1s", _sprig.Call("ago", earlier));
        Assert.Equal("0s", _sprig.Call("ago", 1.5));
    }

    [Fact]
    public void TimeMethods_Values_MatchGo()
    {
        var t = (IGoObject)_sprig.Call("toDate", "2006-01-02", "2020-01-02")!;
        var start = _sprig.Call("toDate", "2006", "2020");
        Assert.Equal("January", ((IGoObject)Method(t, "Month")!).GoString());
        Assert.Equal("time.Month", ((IGoObject)Method(t, "Month")!).Type.Name);
        Assert.Equal("Thursday", ((IGoObject)Method(t, "Weekday")!).GoString());
        var sub = (IGoObject)Method(t, "Sub", start)!;
        Assert.Equal("time.Duration", sub.Type.Name);
        Assert.Equal("24h0m0s", sub.GoString());
        Assert.Equal("2020-01-02 00:00:01.5 +0000 UTC", ((IGoObject)Method(t, "Add", GoInt.Int64(1_500_000_000))!).GoString());
        Assert.Equal("2021-03-05 00:00:00 +0000 UTC", ((IGoObject)Method(t, "AddDate", 1L, 2L, 3L)!).GoString());
        Assert.Equal(2L, Method(t, "YearDay"));
        Assert.Equal(2020L, Method(t, "Year"));
        Assert.Equal(GoInt.Int64(1577923200), Method(t, "Unix"));
        Assert.Equal(true, Method(t, "After", start));
        Assert.Equal("2020-01-02 00:00:00 +0000 UTC", ((IGoObject)Method(t, "Truncate", GoInt.Int64(3_600_000_000_000))!).GoString());
    }

    private static TheoryData<int> Indexes(int count)
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    private static object? Method(IGoObject target, string name, params object?[] args)
    {
        Assert.True(target.TryGetMethod(name, out var method), name);
        return method!.Invoke(args);
    }
}
