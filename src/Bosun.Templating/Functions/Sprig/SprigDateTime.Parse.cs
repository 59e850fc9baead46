using System.Text;

namespace Bosun.Templating.Functions.Sprig;

internal sealed partial class SprigDateTime
{
    /// <summary>time.ParseInLocation(layout, value, loc); throws <see cref="SprigDateParseException"/> with Go's ParseError text.</summary>
    public static SprigDateTime ParseInLocation(string layout, string value, SprigDateLocation location)
    {
        string originalLayout = layout, originalValue = value;
        string rangeError = string.Empty;
        bool amSet = false, pmSet = false;
        long year = 0;
        int month = -1, day = -1, yday = -1, hour = 0, minute = 0, second = 0, nsec = 0;
        SprigDateLocation? z = null;
        int zoneOffset = -1;
        string zoneName = string.Empty;

        while (true)
        {
            var chunk = SprigDateLayout.Next(layout);
            if (!Skip(ref value, chunk.Prefix))
            {
                throw Error(originalLayout, originalValue, chunk.Prefix, value, string.Empty);
            }

            if (chunk.Std == SprigDateLayout.None)
            {
                if (value.Length != 0)
                {
                    throw Error(originalLayout, originalValue, string.Empty, value, ": extra text: " + Quote(value));
                }

                break;
            }

            layout = chunk.Suffix;
            string hold = value;
            bool bad = false;
            switch (chunk.Std)
            {
                case SprigDateLayout.Year:
                    if (value.Length < 2)
                    {
                        bad = true;
                        break;
                    }

                    if (!TryAtoi(value[..2], out long y2))
                    {
                        value = value[2..];
                        bad = true;
                        break;
                    }

                    value = value[2..];
                    year = y2 >= 69 ? y2 + 1900 : y2 + 2000;
                    break;
                case SprigDateLayout.LongYear:
                    if (value.Length < 4 || !char.IsAsciiDigit(value[0]))
                    {
                        bad = true;
                        break;
                    }

                    bad = !TryAtoi(value[..4], out year);
                    value = value[4..];
                    break;
                case SprigDateLayout.Month:
                    bad = !Lookup(SprigDateLayout.ShortMonthNames, ref value, out month);
                    month++;
                    break;
                case SprigDateLayout.LongMonth:
                    bad = !Lookup(SprigDateLayout.LongMonthNames, ref value, out month);
                    month++;
                    break;
                case SprigDateLayout.NumMonth:
                case SprigDateLayout.ZeroMonth:
                    bad = !GetNum(ref value, chunk.Std == SprigDateLayout.ZeroMonth, out month);
                    if (!bad && (month <= 0 || month > 12))
                    {
                        rangeError = "month";
                    }

                    break;
                case SprigDateLayout.WeekDay:
                    bad = !Lookup(SprigDateLayout.ShortDayNames, ref value, out _);
                    break;
                case SprigDateLayout.LongWeekDay:
                    bad = !Lookup(SprigDateLayout.LongDayNames, ref value, out _);
                    break;
                case SprigDateLayout.Day:
                case SprigDateLayout.UnderDay:
                case SprigDateLayout.ZeroDay:
                    if (chunk.Std == SprigDateLayout.UnderDay && value.StartsWith(' '))
                    {
                        value = value[1..];
                    }

                    bad = !GetNum(ref value, chunk.Std == SprigDateLayout.ZeroDay, out day);
                    break;
                case SprigDateLayout.UnderYearDay:
                case SprigDateLayout.ZeroYearDay:
                    for (int i = 0; i < 2; i++)
                    {
                        if (chunk.Std == SprigDateLayout.UnderYearDay && value.StartsWith(' '))
                        {
                            value = value[1..];
                        }
                    }

                    bad = !GetNum3(ref value, chunk.Std == SprigDateLayout.ZeroYearDay, out yday);
                    break;
                case SprigDateLayout.Hour:
                    bad = !GetNum(ref value, false, out hour);
                    if (hour < 0 || hour >= 24)
                    {
                        rangeError = "hour";
                    }

                    break;
                case SprigDateLayout.Hour12:
                case SprigDateLayout.ZeroHour12:
                    bad = !GetNum(ref value, chunk.Std == SprigDateLayout.ZeroHour12, out hour);
                    if (hour < 0 || hour > 12)
                    {
                        rangeError = "hour";
                    }

                    break;
                case SprigDateLayout.Minute:
                case SprigDateLayout.ZeroMinute:
                    bad = !GetNum(ref value, chunk.Std == SprigDateLayout.ZeroMinute, out minute);
                    if (minute < 0 || minute >= 60)
                    {
                        rangeError = "minute";
                    }

                    break;
                case SprigDateLayout.Second:
                case SprigDateLayout.ZeroSecond:
                    bad = !GetNum(ref value, chunk.Std == SprigDateLayout.ZeroSecond, out second);
                    if (bad)
                    {
                        break;
                    }

                    if (second < 0 || second >= 60)
                    {
                        rangeError = "second";
                        break;
                    }

                    if (value.Length >= 2 && value[0] is '.' or ',' && char.IsAsciiDigit(value[1]))
                    {
                        int next = SprigDateLayout.Next(layout).Std;
                        if (next is SprigDateLayout.FracSecond0 or SprigDateLayout.FracSecond9)
                        {
                            break;
                        }

                        int n = 2;
                        while (n < value.Length && char.IsAsciiDigit(value[n]))
                        {
                            n++;
                        }

                        bad = !ParseNanoseconds(value, n, out nsec, ref rangeError);
                        value = value[n..];
                    }

                    break;
                case SprigDateLayout.PM:
                case SprigDateLayout.Pm:
                {
                    if (value.Length < 2)
                    {
                        bad = true;
                        break;
                    }

                    string p = value[..2];
                    value = value[2..];
                    bool upper = chunk.Std == SprigDateLayout.PM;
                    if (p == (upper ? "PM" : "pm"))
                    {
                        pmSet = true;
                    }
                    else if (p == (upper ? "AM" : "am"))
                    {
                        amSet = true;
                    }
                    else
                    {
                        bad = true;
                    }

                    break;
                }

                case >= SprigDateLayout.ISO8601TZ and <= SprigDateLayout.NumColonSecondsTZ:
                    if (chunk.Std <= SprigDateLayout.ISO8601ColonSecondsTZ && value.StartsWith('Z'))
                    {
                        value = value[1..];
                        z = SprigDateLocation.Utc;
                        break;
                    }

                    bad = !ParseZoneOffset(chunk.Std, ref value, out zoneOffset, ref rangeError);
                    break;
                case SprigDateLayout.TZ:
                    if (value.StartsWith("UTC", StringComparison.Ordinal))
                    {
                        z = SprigDateLocation.Utc;
                        value = value[3..];
                        break;
                    }

                    if (!TryParseTimeZone(value, out int length))
                    {
                        bad = true;
                        break;
                    }

                    zoneName = value[..length];
                    value = value[length..];
                    break;
                case SprigDateLayout.FracSecond0:
                {
                    int ndigit = 1 + chunk.Digits;
                    if (value.Length < ndigit)
                    {
                        bad = true;
                        break;
                    }

                    bad = !ParseNanoseconds(value, ndigit, out nsec, ref rangeError);
                    value = value[ndigit..];
                    break;
                }

                case SprigDateLayout.FracSecond9:
                {
                    if (value.Length < 2 || value[0] is not ('.' or ',') || !char.IsAsciiDigit(value[1]))
                    {
                        break;
                    }

                    int i = 0;
                    while (i + 1 < value.Length && char.IsAsciiDigit(value[i + 1]))
                    {
                        i++;
                    }

                    bad = !ParseNanoseconds(value, 1 + i, out nsec, ref rangeError);
                    value = value[(1 + i)..];
                    break;
                }
            }

            if (rangeError.Length > 0)
            {
                throw Error(originalLayout, originalValue, chunk.StdText, value, ": " + rangeError + " out of range");
            }

            if (bad)
            {
                throw Error(originalLayout, originalValue, chunk.StdText, hold, string.Empty);
            }
        }

        if (pmSet && hour < 12)
        {
            hour += 12;
        }
        else if (amSet && hour == 12)
        {
            hour = 0;
        }

        if (yday >= 0)
        {
            int d = 0, m = 0;
            if (IsLeap(year))
            {
                if (yday == 31 + 29)
                {
                    m = 2;
                    d = 29;
                }
                else if (yday > 31 + 29)
                {
                    yday--;
                }
            }

            if (yday < 1 || yday > 365)
            {
                throw Error(originalLayout, originalValue, string.Empty, value, ": day-of-year out of range");
            }

            if (m == 0)
            {
                m = (yday - 1) / 31 + 1;
                if (DaysBefore(m + 1) < yday)
                {
                    m++;
                }

                d = yday - DaysBefore(m);
            }

            if (month >= 0 && month != m)
            {
                throw Error(originalLayout, originalValue, string.Empty, value, ": day-of-year does not match month");
            }

            month = m;
            if (day >= 0 && day != d)
            {
                throw Error(originalLayout, originalValue, string.Empty, value, ": day-of-year does not match day");
            }

            day = d;
        }
        else
        {
            if (month < 0)
            {
                month = 1;
            }

            if (day < 0)
            {
                day = 1;
            }
        }

        if (day < 1 || day > DaysIn(month, year))
        {
            throw Error(originalLayout, originalValue, string.Empty, value, ": day out of range");
        }

        if (z is not null)
        {
            return Date(year, month, day, hour, minute, second, nsec, z);
        }

        if (zoneOffset != -1)
        {
            var t = Date(year, month, day, hour, minute, second, nsec, SprigDateLocation.Utc);
            var unix = t.UnixSeconds - zoneOffset;
            var (name, offset, _) = location.Lookup(unix);
            if (offset == zoneOffset && (zoneName.Length == 0 || name == zoneName))
            {
                return new SprigDateTime(unix, t.Nanoseconds, location);
            }

            return new SprigDateTime(unix, t.Nanoseconds, SprigDateLocation.Fixed(zoneName, zoneOffset));
        }

        if (zoneName.Length > 0)
        {
            var t = Date(year, month, day, hour, minute, second, nsec, SprigDateLocation.Utc);
            if (location.TryLookupName(zoneName, t.UnixSeconds, out int offset))
            {
                return new SprigDateTime(t.UnixSeconds - offset, t.Nanoseconds, location);
            }

            offset = 0;
            if (zoneName.Length > 3 && zoneName.StartsWith("GMT", StringComparison.Ordinal))
            {
                _ = TryAtoi(zoneName[3..], out long hours);
                offset = (int)hours * 3600;
            }

            return new SprigDateTime(t.UnixSeconds, t.Nanoseconds, SprigDateLocation.Fixed(zoneName, offset));
        }

        return Date(year, month, day, hour, minute, second, nsec, location);
    }

    private static int DaysBefore(int month)
    {
        int days = 0;
        for (int m = 1; m < month; m++)
        {
            days += DaysIn(m, 2001);
        }

        return days;
    }

    private static bool ParseZoneOffset(int std, ref string value, out int zoneOffset, ref string rangeError)
    {
        zoneOffset = -1;
        string sign, hh, mm, ss;
        if (std is SprigDateLayout.ISO8601ColonTZ or SprigDateLayout.NumColonTZ)
        {
            if (value.Length < 6 || value[3] != ':')
            {
                return false;
            }

            (sign, hh, mm, ss, value) = (value[..1], value[1..3], value[4..6], "00", value[6..]);
        }
        else if (std is SprigDateLayout.NumShortTZ or SprigDateLayout.ISO8601ShortTZ)
        {
            if (value.Length < 3)
            {
                return false;
            }

            (sign, hh, mm, ss, value) = (value[..1], value[1..3], "00", "00", value[3..]);
        }
        else if (std is SprigDateLayout.ISO8601ColonSecondsTZ or SprigDateLayout.NumColonSecondsTZ)
        {
            if (value.Length < 9 || value[3] != ':' || value[6] != ':')
            {
                return false;
            }

            (sign, hh, mm, ss, value) = (value[..1], value[1..3], value[4..6], value[7..9], value[9..]);
        }
        else if (std is SprigDateLayout.ISO8601SecondsTZ or SprigDateLayout.NumSecondsTz)
        {
            if (value.Length < 7)
            {
                return false;
            }

            (sign, hh, mm, ss, value) = (value[..1], value[1..3], value[3..5], value[5..7], value[7..]);
        }
        else
        {
            if (value.Length < 5)
            {
                return false;
            }

            (sign, hh, mm, ss, value) = (value[..1], value[1..3], value[3..5], "00", value[5..]);
        }

        int hr = 0, min = 0, sec = 0;
        bool ok = GetNum(ref hh, true, out hr) && GetNum(ref mm, true, out min) && GetNum(ref ss, true, out sec);
        if (hr > 24)
        {
            rangeError = "time zone offset hour";
        }

        if (min > 60)
        {
            rangeError = "time zone offset minute";
        }

        if (sec > 60)
        {
            rangeError = "time zone offset second";
        }

        zoneOffset = (hr * 60 + min) * 60 + sec;
        switch (sign[0])
        {
            case '+':
                break;
            case '-':
                zoneOffset = -zoneOffset;
                break;
            default:
                return false;
        }

        return ok;
    }

    private static bool ParseNanoseconds(string value, int nbytes, out int ns, ref string rangeError)
    {
        ns = 0;
        if (value[0] is not ('.' or ','))
        {
            return false;
        }

        if (nbytes > 10)
        {
            nbytes = 10;
        }

        if (!TryAtoi(value[1..nbytes], out long parsed))
        {
            return false;
        }

        if (parsed < 0)
        {
            rangeError = "fractional second";
            return true;
        }

        for (int i = 0; i < 10 - nbytes; i++)
        {
            parsed *= 10;
        }

        ns = (int)parsed;
        return true;
    }

    // parseTimeZone: the length of a leading zone abbreviation.
    private static bool TryParseTimeZone(string value, out int length)
    {
        length = 0;
        if (value.Length < 3)
        {
            return false;
        }

        if (value.StartsWith("ChST", StringComparison.Ordinal) || value.StartsWith("MeST", StringComparison.Ordinal))
        {
            length = 4;
            return true;
        }

        if (value.StartsWith("GMT", StringComparison.Ordinal))
        {
            length = value.Length == 3 ? 3 : 3 + ParseSignedOffset(value[3..]);
            return true;
        }

        if (value[0] is '+' or '-')
        {
            length = ParseSignedOffset(value);
            return length > 0;
        }

        int upper = 0;
        while (upper < 6 && upper < value.Length && value[upper] is >= 'A' and <= 'Z')
        {
            upper++;
        }

        switch (upper)
        {
            case 5 when value[4] == 'T':
                length = 5;
                return true;
            case 4 when value[3] == 'T' || value.StartsWith("WITA", StringComparison.Ordinal):
                length = 4;
                return true;
            case 3:
                length = 3;
                return true;
            default:
                return false;
        }
    }

    private static int ParseSignedOffset(string value)
    {
        if (value.Length == 0 || value[0] is not ('+' or '-'))
        {
            return 0;
        }

        int i = 1;
        ulong x = 0;
        while (i < value.Length && char.IsAsciiDigit(value[i]))
        {
            x = x * 10 + (ulong)(value[i] - '0');
            if (x > 1UL << 62)
            {
                return 0;
            }

            i++;
        }

        if (i == 1 || x > 23)
        {
            return 0;
        }

        return i;
    }

    // Go's atoi: optional sign, then [0-9]+ only.
    private static bool TryAtoi(string s, out long x)
    {
        x = 0;
        bool neg = false;
        if (s.Length > 0 && s[0] is '-' or '+')
        {
            neg = s[0] == '-';
            s = s[1..];
        }

        if (s.Length == 0)
        {
            return true;
        }

        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c) || x > long.MaxValue / 10)
            {
                x = 0;
                return false;
            }

            x = x * 10 + (c - '0');
        }

        if (neg)
        {
            x = -x;
        }

        return true;
    }

    private static bool GetNum(ref string s, bool fixedWidth, out int n)
    {
        n = 0;
        if (s.Length == 0 || !char.IsAsciiDigit(s[0]))
        {
            return false;
        }

        if (s.Length < 2 || !char.IsAsciiDigit(s[1]))
        {
            if (fixedWidth)
            {
                return false;
            }

            n = s[0] - '0';
            s = s[1..];
            return true;
        }

        n = (s[0] - '0') * 10 + (s[1] - '0');
        s = s[2..];
        return true;
    }

    private static bool GetNum3(ref string s, bool fixedWidth, out int n)
    {
        n = 0;
        int i = 0;
        while (i < 3 && i < s.Length && char.IsAsciiDigit(s[i]))
        {
            n = n * 10 + (s[i] - '0');
            i++;
        }

        if (i == 0 || (fixedWidth && i != 3))
        {
            n = 0;
            return false;
        }

        s = s[i..];
        return true;
    }

    private static bool Lookup(string[] table, ref string value, out int index)
    {
        for (int i = 0; i < table.Length; i++)
        {
            var v = table[i];
            if (value.Length >= v.Length && Match(value, v))
            {
                value = value[v.Length..];
                index = i;
                return true;
            }
        }

        index = -1;
        return false;
    }

    // Case-insensitive ASCII match of the first v.Length characters.
    private static bool Match(string value, string v)
    {
        for (int i = 0; i < v.Length; i++)
        {
            char c1 = value[i], c2 = v[i];
            if (c1 != c2)
            {
                c1 = (char)(c1 | 0x20);
                c2 = (char)(c2 | 0x20);
                if (c1 != c2 || c1 < 'a' || c1 > 'z')
                {
                    return false;
                }
            }
        }

        return true;
    }

    // skip: removes the literal prefix, runs of spaces matching runs of spaces.
    private static bool Skip(ref string value, string prefix)
    {
        while (prefix.Length > 0)
        {
            if (prefix[0] == ' ')
            {
                if (value.Length > 0 && value[0] != ' ')
                {
                    return false;
                }

                prefix = prefix.TrimStart(' ');
                value = value.TrimStart(' ');
                continue;
            }

            if (value.Length == 0 || value[0] != prefix[0])
            {
                return false;
            }

            prefix = prefix[1..];
            value = value[1..];
        }

        return true;
    }

    private static SprigDateParseException Error(string layout, string value, string layoutElem, string valueElem, string message) =>
        new(message.Length == 0
            ? "parsing time " + Quote(value) + " as " + Quote(layout) + ": cannot parse " + Quote(valueElem) + " as " + Quote(layoutElem)
            : "parsing time " + Quote(value) + message);

    // time's quote(): non-ASCII and control bytes as \x escapes.
    internal static string Quote(string s)
    {
        var b = new StringBuilder(s.Length + 2);
        b.Append('"');
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in s.EnumerateRunes())
        {
            if (rune.Value >= 0x80 || rune.Value < ' ')
            {
                int n = rune.EncodeToUtf8(utf8);
                for (int j = 0; j < n; j++)
                {
                    b.Append("\\x").Append("0123456789abcdef"[utf8[j] >> 4]).Append("0123456789abcdef"[utf8[j] & 0xF]);
                }
            }
            else
            {
                if (rune.Value is '"' or '\\')
                {
                    b.Append('\\');
                }

                b.Append((char)rune.Value);
            }
        }

        return b.Append('"').ToString();
    }
}
