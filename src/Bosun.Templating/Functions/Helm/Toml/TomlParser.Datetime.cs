namespace Bosun.Templating.Functions.Helm.Toml;

/// <summary>Datetimes: Go's time.ParseInLocation over BurntSushi's layouts, and its leading-zero check.</summary>
internal sealed partial class TomlParser
{
    private static readonly (string Layout, string LocalKind, bool Next)[] s_layouts =
    [
        ("2006-01-02T15:04:05.999999999Z07:00", string.Empty, false),
        ("2006-01-02T15:04:05.999999999", "datetime-local", false),
        ("2006-01-02", "date-local", false),
        ("15:04:05.999999999", "time-local", false),
        ("2006-01-02T15:04Z07:00", string.Empty, true),
        ("2006-01-02T15:04", "datetime-local", true),
        ("15:04", "time-local", true),
    ];

    private TomlDateTime ValueDatetime(TomlItem it)
    {
        string val = it.Value.Replace('z', 'Z').Replace('t', 'T').Replace(' ', 'T');
        foreach (var (layout, localKind, next) in s_layouts)
        {
            if (next && !_lx.TomlNext)
            {
                continue;
            }

            if (TryParse(layout, val, localKind) is { } value)
            {
                if (MissingLeadingZero(val, layout))
                {
                    throw Fail(it.Position, $"invalid datetime: {Q(val)}");
                }

                return value;
            }
        }

        throw Fail(it.Position, $"invalid datetime: {Q(val)}");
    }

    private static bool MissingLeadingZero(string d, string l)
    {
        for (int i = 0; i < l.Length; i++)
        {
            char c = l[i];
            if (c is '.' or 'Z')
            {
                return false;
            }

            if ((c < '0' || c > '9') && (i >= d.Length || d[i] != c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDigitAt(string s, int i) => i < s.Length && s[i] >= '0' && s[i] <= '9';

    // time.getnum: one or two digits (exactly two when fixed).
    private static bool GetNum(string s, ref int pos, bool fixedWidth, out int value)
    {
        value = 0;
        if (!IsDigitAt(s, pos))
        {
            return false;
        }

        if (!IsDigitAt(s, pos + 1))
        {
            if (fixedWidth)
            {
                return false;
            }

            value = s[pos] - '0';
            pos++;
            return true;
        }

        value = ((s[pos] - '0') * 10) + (s[pos + 1] - '0');
        pos += 2;
        return true;
    }

    private static bool Literal(string s, ref int pos, char c)
    {
        if (pos < s.Length && s[pos] == c)
        {
            pos++;
            return true;
        }

        return false;
    }

    /// <summary>time.Parse of one of BurntSushi's layouts; null when Go would return an error.</summary>
    private static TomlDateTime? TryParse(string layout, string s, string localKind)
    {
        int pos = 0;
        int year = 0;
        int month = 1;
        int day = 1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int nanos = 0;
        bool hasDate = layout.StartsWith("2006", StringComparison.Ordinal);
        bool hasSeconds = layout.Contains(":05", StringComparison.Ordinal);
        bool hasTime = layout.Contains("15:04", StringComparison.Ordinal);
        bool hasZone = layout.EndsWith("Z07:00", StringComparison.Ordinal);

        if (hasDate)
        {
            if (s.Length < 4 || !IsDigitAt(s, 0) || !IsDigitAt(s, 1) || !IsDigitAt(s, 2) || !IsDigitAt(s, 3))
            {
                return null;
            }

            year = int.Parse(s.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
            pos = 4;
            if (!Literal(s, ref pos, '-') || !GetNum(s, ref pos, true, out month) || month < 1 || month > 12
                || !Literal(s, ref pos, '-') || !GetNum(s, ref pos, true, out day))
            {
                return null;
            }

            if (hasTime && !Literal(s, ref pos, 'T'))
            {
                return null;
            }
        }

        if (hasTime)
        {
            if (!GetNum(s, ref pos, false, out hour) || hour >= 24 || !Literal(s, ref pos, ':')
                || !GetNum(s, ref pos, true, out minute) || minute >= 60)
            {
                return null;
            }

            if (hasSeconds)
            {
                if (!Literal(s, ref pos, ':') || !GetNum(s, ref pos, true, out second) || second >= 60)
                {
                    return null;
                }

                // .999999999: an optional fraction, any number of digits, nanoseconds from the first nine.
                if (s.Length - pos >= 2 && s[pos] is '.' or ',' && IsDigitAt(s, pos + 1))
                {
                    int start = pos + 1;
                    int end = start;
                    while (IsDigitAt(s, end))
                    {
                        end++;
                    }

                    string digits = s[start..Math.Min(end, start + 9)];
                    nanos = int.Parse(digits.PadRight(9, '0'), System.Globalization.CultureInfo.InvariantCulture);
                    pos = end;
                }
            }
        }

        int? offset = null;
        bool utc = false;
        if (hasZone)
        {
            if (pos < s.Length && s[pos] == 'Z')
            {
                pos++;
                utc = true;
            }
            else
            {
                if (s.Length - pos < 6 || s[pos + 3] != ':' || s[pos] is not ('+' or '-')
                    || !IsDigitAt(s, pos + 1) || !IsDigitAt(s, pos + 2) || !IsDigitAt(s, pos + 4) || !IsDigitAt(s, pos + 5))
                {
                    return null;
                }

                int hh = ((s[pos + 1] - '0') * 10) + (s[pos + 2] - '0');
                int mm = ((s[pos + 4] - '0') * 10) + (s[pos + 5] - '0');
                if (hh > 24 || mm > 60)
                {
                    return null;
                }

                offset = ((hh * 60) + mm) * 60 * (s[pos] == '-' ? -1 : 1);
                pos += 6;
            }
        }

        if (pos != s.Length)
        {
            return null;
        }

        if (day < 1 || day > DateTime.DaysInMonth(year == 0 ? 2000 : year, month))
        {
            return null;
        }

        return new TomlDateTime(year, month, day, hour, minute, second, nanos, offset, utc, hasZone ? string.Empty : localKind);
    }
}
