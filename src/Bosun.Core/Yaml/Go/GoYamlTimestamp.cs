namespace Bosun.Core.Yaml.Go;

/// <summary>
/// go-yaml's parseTimestamp: does <c>time.Parse</c> accept the text with one of the layouts
/// <c>2006-1-2T15:4:5.999999999Z07:00</c>, <c>2006-1-2t15:4:5.999999999Z07:00</c>,
/// <c>2006-1-2 15:4:5.999999999</c> or <c>2006-1-2</c>? Only the yes/no answer matters (timestamps decode
/// into interface{} as their text; the encoder quotes strings that look like one).
/// </summary>
internal static class GoYamlTimestamp
{
    public static bool IsTimestamp(string s)
    {
        int i = 0;
        while (i < s.Length && s[i] >= '0' && s[i] <= '9')
        {
            i++;
        }

        if (i != 4 || i == s.Length || s[i] != '-')
        {
            return false;
        }

        return TryLayout(s, 'T', zone: true) || TryLayout(s, 't', zone: true) || TryLayout(s, ' ', zone: false) || TryDateOnly(s);
    }

    private static bool TryDateOnly(string s)
    {
        int pos = 0;
        return TryDate(s, ref pos) && pos == s.Length;
    }

    private static bool TryDate(string s, ref int pos)
    {
        // "2006": exactly four characters, read as a number.
        if (s.Length - pos < 4 || !IsDigit(s, pos))
        {
            return false;
        }

        for (int k = 0; k < 4; k++)
        {
            if (!IsDigit(s, pos + k))
            {
                return false;
            }
        }

        int year = int.Parse(s.AsSpan(pos, 4), System.Globalization.CultureInfo.InvariantCulture);
        pos += 4;
        if (!Literal(s, ref pos, '-') || !GetNum(s, ref pos, out int month) || !Literal(s, ref pos, '-') || !GetNum(s, ref pos, out int day))
        {
            return false;
        }

        if (month < 1 || month > 12)
        {
            return false;
        }

        return day >= 1 && day <= DateTime.DaysInMonth(year == 0 ? 2000 : year, month);
    }

    private static bool TryLayout(string s, char separator, bool zone)
    {
        int pos = 0;
        if (!TryDate(s, ref pos) || !Literal(s, ref pos, separator))
        {
            return false;
        }

        if (!GetNum(s, ref pos, out int hour) || hour >= 24 || !Literal(s, ref pos, ':')
            || !GetNum(s, ref pos, out int minute) || minute >= 60 || !Literal(s, ref pos, ':')
            || !GetNum(s, ref pos, out int second) || second >= 60)
        {
            return false;
        }

        // .999999999: optional fraction (period or comma followed by digits).
        if (s.Length - pos >= 2 && (s[pos] == '.' || s[pos] == ',') && IsDigit(s, pos + 1))
        {
            pos += 2;
            while (pos < s.Length && IsDigit(s, pos))
            {
                pos++;
            }
        }

        if (zone)
        {
            // Z07:00
            if (pos < s.Length && s[pos] == 'Z')
            {
                pos++;
            }
            else
            {
                if (s.Length - pos < 6 || s[pos + 3] != ':')
                {
                    return false;
                }

                if (s[pos] != '+' && s[pos] != '-')
                {
                    return false;
                }

                if (!IsDigit(s, pos + 1) || !IsDigit(s, pos + 2) || !IsDigit(s, pos + 4) || !IsDigit(s, pos + 5))
                {
                    return false;
                }

                int hh = ((s[pos + 1] - '0') * 10) + (s[pos + 2] - '0');
                int mm = ((s[pos + 4] - '0') * 10) + (s[pos + 5] - '0');
                if (hh > 24 || mm > 60)
                {
                    return false;
                }

                pos += 6;
            }
        }

        return pos == s.Length;
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

    // time's getnum(s, fixed=false): one or two digits.
    private static bool GetNum(string s, ref int pos, out int value)
    {
        value = 0;
        if (!IsDigit(s, pos))
        {
            return false;
        }

        if (!IsDigit(s, pos + 1))
        {
            value = s[pos] - '0';
            pos++;
            return true;
        }

        value = ((s[pos] - '0') * 10) + (s[pos + 1] - '0');
        pos += 2;
        return true;
    }

    private static bool IsDigit(string s, int i) => i < s.Length && s[i] >= '0' && s[i] <= '9';
}
