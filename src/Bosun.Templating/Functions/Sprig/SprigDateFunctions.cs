using System.Globalization;
using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// Sprig dates with Go semantics: now, date, dateInZone (date_in_zone), htmlDate, htmlDateInZone,
/// dateModify (date_modify), mustDateModify (must_date_modify), ago, duration, durationRound, toDate,
/// mustToDate, unixEpoch. Dates accept time.Time, int64, int and int32 (Unix seconds); anything else
/// (including float64 from values files) means "now", as sprig's type switch does.
/// </summary>
internal static class SprigDateFunctions
{
    private const string HtmlLayout = "2006-01-02";

    public static void Register(FunctionTable.Builder table)
    {
        var iface = GoType.Interface;
        var str = GoType.String;
        var time = SprigDateTime.GoType;
        table.Add("now", GoSignature.Of(), (ctx, _) => SprigDateTime.Now(ctx.Time));
        table.Add("date", GoSignature.Of(str, iface), (ctx, args) => DateInZone(ctx, (string)args[0]!, args[1], "Local"));
        table.Add("htmlDate", GoSignature.Of(iface), (ctx, args) => DateInZone(ctx, HtmlLayout, args[0], "Local"));
        table.Add("htmlDateInZone", GoSignature.Of(iface, str), (ctx, args) => DateInZone(ctx, HtmlLayout, args[0], (string)args[1]!));
        var dateInZone = GoSignature.Of(str, iface, str);
        table.Add("dateInZone", dateInZone, (ctx, args) => DateInZone(ctx, (string)args[0]!, args[1], (string)args[2]!));
        table.Add("date_in_zone", dateInZone, (ctx, args) => DateInZone(ctx, (string)args[0]!, args[1], (string)args[2]!));
        var modify = GoSignature.Of(str, time);
        table.Add("dateModify", modify, args => DateModify((string)args[0]!, (SprigDateTime)args[1]!, must: false));
        table.Add("date_modify", modify, args => DateModify((string)args[0]!, (SprigDateTime)args[1]!, must: false));
        table.Add("mustDateModify", modify, args => DateModify((string)args[0]!, (SprigDateTime)args[1]!, must: true));
        table.Add("must_date_modify", modify, args => DateModify((string)args[0]!, (SprigDateTime)args[1]!, must: true));
        table.Add("ago", GoSignature.Of(iface), (ctx, args) => Ago(ctx, args[0]));
        table.Add("duration", GoSignature.Of(iface), args => Duration(args[0]));
        table.Add("durationRound", GoSignature.Of(iface), (ctx, args) => DurationRound(ctx, args[0]));
        table.Add("toDate", GoSignature.Of(str, str), (ctx, args) => ToDate(ctx, (string)args[0]!, (string)args[1]!, must: false));
        table.Add("mustToDate", GoSignature.Of(str, str), (ctx, args) => ToDate(ctx, (string)args[0]!, (string)args[1]!, must: true));
        table.Add("unixEpoch", GoSignature.Of(time), args => ((SprigDateTime)args[0]!).UnixSeconds.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>sprig dateInZone: the date (see type rules) in the zone (UTC when it does not load), formatted.</summary>
    public static string DateInZone(FunctionContext context, string layout, object? date, string zone)
    {
        var t = date switch
        {
            SprigDateTime time => time,
            GoInt i when i.Type.Kind is GoKind.Int64 or GoKind.Int32 && !i.Type.IsNamed => SprigDateTime.Unix(i.Bits, context.Time),
            long seconds => SprigDateTime.Unix(seconds, context.Time),
            _ => SprigDateTime.Now(context.Time),
        };
        var location = SprigDateLocation.Load(zone, context.Time) ?? SprigDateLocation.Utc;
        return t.In(location).Format(layout);
    }

    private static SprigDateTime DateModify(string duration, SprigDateTime date, bool must)
    {
        try
        {
            return date.Add(SprigDateDuration.Parse(duration));
        }
        catch (SprigDateParseException e)
        {
            if (must)
            {
                throw new GoFailure(e.Message, e);
            }

            return date;
        }
    }

    // sprig dateAgo: time.Time, int64 or int; else now. time.Since(t) rounded to the second.
    private static string Ago(FunctionContext context, object? date)
    {
        var t = date switch
        {
            SprigDateTime time => time,
            GoInt i when i.Type.Kind == GoKind.Int64 && !i.Type.IsNamed => SprigDateTime.Unix(i.Bits, context.Time),
            long seconds => SprigDateTime.Unix(seconds, context.Time),
            _ => SprigDateTime.Now(context.Time),
        };
        long since = SprigDateTime.Now(context.Time).Sub(t);
        return SprigDateDuration.Format(SprigDateDuration.Round(since, SprigDateTime.NanosPerSecond));
    }

    // sprig duration: seconds from a string (strconv.ParseInt, errors ignored) or an int64; anything else is 0.
    private static string Duration(object? seconds)
    {
        long n = seconds switch
        {
            string s => ParseInt64(s),
            GoInt i when i.Type.Kind == GoKind.Int64 && !i.Type.IsNamed => i.Bits,
            _ => 0,
        };
        return SprigDateDuration.Format(unchecked(n * SprigDateTime.NanosPerSecond));
    }

    // sprig durationRound: the largest whole unit (y, mo, d, h, m, s) strictly exceeded.
    private static string DurationRound(FunctionContext context, object? duration)
    {
        long d = duration switch
        {
            string s => TryParseDuration(s),
            GoInt i when i.Type.Kind == GoKind.Int64 && !i.Type.IsNamed => i.Bits,
            SprigDateTime time => SprigDateTime.Now(context.Time).Sub(time),
            _ => 0,
        };
        ulong u = unchecked((ulong)d);
        if (d < 0)
        {
            u = unchecked(0 - u);
        }

        const ulong second = 1_000_000_000, minute = 60 * second, hour = 60 * minute, day = 24 * hour, month = 30 * day, year = 365 * day;
        return u switch
        {
            > year => (u / year).ToString(CultureInfo.InvariantCulture) + "y",
            > month => (u / month).ToString(CultureInfo.InvariantCulture) + "mo",
            > day => (u / day).ToString(CultureInfo.InvariantCulture) + "d",
            > hour => (u / hour).ToString(CultureInfo.InvariantCulture) + "h",
            > minute => (u / minute).ToString(CultureInfo.InvariantCulture) + "m",
            > second => (u / second).ToString(CultureInfo.InvariantCulture) + "s",
            _ => "0s",
        };
    }

    private static SprigDateTime ToDate(FunctionContext context, string layout, string value, bool must)
    {
        try
        {
            return SprigDateTime.ParseInLocation(layout, value, SprigDateLocation.Local(context.Time));
        }
        catch (SprigDateParseException e)
        {
            if (must)
            {
                throw new GoFailure(e.Message, e);
            }

            return SprigDateTime.Zero;
        }
    }

    private static long TryParseDuration(string s)
    {
        try
        {
            return SprigDateDuration.Parse(s);
        }
        catch (SprigDateParseException)
        {
            return 0;
        }
    }

    // strconv.ParseInt(s, 10, 64) with the error ignored: 0 on a syntax error, the clamped value on overflow.
    private static long ParseInt64(string s)
    {
        bool neg = false;
        string digits = s;
        if (digits.Length > 0 && digits[0] is '+' or '-')
        {
            neg = digits[0] == '-';
            digits = digits[1..];
        }

        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            return 0;
        }

        ulong value = 0;
        foreach (char c in digits)
        {
            if (value > (ulong.MaxValue - 9) / 10)
            {
                value = ulong.MaxValue;
                break;
            }

            value = value * 10 + (ulong)(c - '0');
        }

        if (neg)
        {
            return value > (ulong)long.MaxValue + 1 ? long.MinValue : unchecked(-(long)value);
        }

        return value > long.MaxValue ? long.MaxValue : (long)value;
    }
}
