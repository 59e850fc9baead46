using System.Globalization;
using System.Text;

namespace Bosun.Templating.Functions.Sprig;

internal sealed partial class SprigDateTime
{
    /// <summary>Time.Format with a Go layout.</summary>
    public string Format(string layout)
    {
        var (name, offset, _) = Zone();
        var f = Fields();
        var b = new StringBuilder(layout.Length + 10);
        while (layout.Length > 0)
        {
            var chunk = SprigDateLayout.Next(layout);
            b.Append(chunk.Prefix);
            if (chunk.Std == SprigDateLayout.None)
            {
                break;
            }

            layout = chunk.Suffix;
            switch (chunk.Std)
            {
                case SprigDateLayout.Year:
                    AppendInt(b, Math.Abs(f.Year) % 100, 2);
                    break;
                case SprigDateLayout.LongYear:
                    AppendInt(b, f.Year, 4);
                    break;
                case SprigDateLayout.Month:
                    b.Append(SprigDateLayout.LongMonthNames[f.Month - 1], 0, 3);
                    break;
                case SprigDateLayout.LongMonth:
                    b.Append(SprigDateLayout.LongMonthNames[f.Month - 1]);
                    break;
                case SprigDateLayout.NumMonth:
                    AppendInt(b, f.Month, 0);
                    break;
                case SprigDateLayout.ZeroMonth:
                    AppendInt(b, f.Month, 2);
                    break;
                case SprigDateLayout.WeekDay:
                    b.Append(SprigDateLayout.LongDayNames[f.Weekday], 0, 3);
                    break;
                case SprigDateLayout.LongWeekDay:
                    b.Append(SprigDateLayout.LongDayNames[f.Weekday]);
                    break;
                case SprigDateLayout.Day:
                    AppendInt(b, f.Day, 0);
                    break;
                case SprigDateLayout.UnderDay:
                    if (f.Day < 10)
                    {
                        b.Append(' ');
                    }

                    AppendInt(b, f.Day, 0);
                    break;
                case SprigDateLayout.ZeroDay:
                    AppendInt(b, f.Day, 2);
                    break;
                case SprigDateLayout.UnderYearDay:
                    if (f.YearDay < 100)
                    {
                        b.Append(' ');
                        if (f.YearDay < 10)
                        {
                            b.Append(' ');
                        }
                    }

                    AppendInt(b, f.YearDay, 0);
                    break;
                case SprigDateLayout.ZeroYearDay:
                    AppendInt(b, f.YearDay, 3);
                    break;
                case SprigDateLayout.Hour:
                    AppendInt(b, f.Hour, 2);
                    break;
                case SprigDateLayout.Hour12:
                    AppendInt(b, f.Hour % 12 == 0 ? 12 : f.Hour % 12, 0);
                    break;
                case SprigDateLayout.ZeroHour12:
                    AppendInt(b, f.Hour % 12 == 0 ? 12 : f.Hour % 12, 2);
                    break;
                case SprigDateLayout.Minute:
                    AppendInt(b, f.Minute, 0);
                    break;
                case SprigDateLayout.ZeroMinute:
                    AppendInt(b, f.Minute, 2);
                    break;
                case SprigDateLayout.Second:
                    AppendInt(b, f.Second, 0);
                    break;
                case SprigDateLayout.ZeroSecond:
                    AppendInt(b, f.Second, 2);
                    break;
                case SprigDateLayout.PM:
                    b.Append(f.Hour >= 12 ? "PM" : "AM");
                    break;
                case SprigDateLayout.Pm:
                    b.Append(f.Hour >= 12 ? "pm" : "am");
                    break;
                case >= SprigDateLayout.ISO8601TZ and <= SprigDateLayout.NumColonSecondsTZ:
                    AppendZone(b, chunk.Std, offset);
                    break;
                case SprigDateLayout.TZ:
                    if (name.Length > 0)
                    {
                        b.Append(name);
                        break;
                    }

                    int zone = offset / 60;
                    b.Append(zone < 0 ? '-' : '+');
                    zone = Math.Abs(zone);
                    AppendInt(b, zone / 60, 2);
                    AppendInt(b, zone % 60, 2);
                    break;
                case SprigDateLayout.FracSecond0:
                case SprigDateLayout.FracSecond9:
                    AppendNano(b, Nanoseconds, chunk.Std == SprigDateLayout.FracSecond9, chunk.Digits, chunk.Separator);
                    break;
            }
        }

        return b.ToString();
    }

    /// <summary>Time.String(): <c>2006-01-02 15:04:05.999999999 -0700 MST</c> plus <c> m=±s.nnnnnnnnn</c> with a monotonic reading.</summary>
    public string GoStringValue()
    {
        var s = Format("2006-01-02 15:04:05.999999999 -0700 MST");
        if (Monotonic is not { } mono)
        {
            return s;
        }

        var b = new StringBuilder(s, s.Length + 24);
        ulong m2 = (ulong)mono;
        char sign = '+';
        if (mono < 0)
        {
            sign = '-';
            m2 = (ulong)-mono;
        }

        ulong m1 = m2 / 1_000_000_000, rest = m2 % 1_000_000_000;
        ulong m0 = m1 / 1_000_000_000;
        m1 %= 1_000_000_000;
        b.Append(" m=").Append(sign);
        int width = 0;
        if (m0 != 0)
        {
            AppendInt(b, (long)m0, 0);
            width = 9;
        }

        AppendInt(b, (long)m1, width);
        b.Append('.');
        AppendInt(b, (long)rest, 9);
        return b.ToString();
    }

    private static void AppendZone(StringBuilder b, int std, int offset)
    {
        bool iso = std is >= SprigDateLayout.ISO8601TZ and <= SprigDateLayout.ISO8601ColonSecondsTZ;
        if (offset == 0 && iso)
        {
            b.Append('Z');
            return;
        }

        int zone = offset / 60;
        int absOffset = offset;
        if (zone < 0)
        {
            b.Append('-');
            zone = -zone;
            absOffset = -absOffset;
        }
        else
        {
            b.Append('+');
        }

        AppendInt(b, zone / 60, 2);
        if (std is SprigDateLayout.ISO8601ColonTZ or SprigDateLayout.NumColonTZ or SprigDateLayout.ISO8601ColonSecondsTZ or SprigDateLayout.NumColonSecondsTZ)
        {
            b.Append(':');
        }

        if (std is not (SprigDateLayout.NumShortTZ or SprigDateLayout.ISO8601ShortTZ))
        {
            AppendInt(b, zone % 60, 2);
        }

        if (std is SprigDateLayout.ISO8601SecondsTZ or SprigDateLayout.NumSecondsTz or SprigDateLayout.NumColonSecondsTZ or SprigDateLayout.ISO8601ColonSecondsTZ)
        {
            if (std is SprigDateLayout.NumColonSecondsTZ or SprigDateLayout.ISO8601ColonSecondsTZ)
            {
                b.Append(':');
            }

            AppendInt(b, absOffset % 60, 2);
        }
    }

    private static void AppendNano(StringBuilder b, int nanos, bool trim, int digits, char separator)
    {
        if (trim && (digits == 0 || nanos == 0))
        {
            return;
        }

        var text = nanos.ToString("D9", CultureInfo.InvariantCulture);
        if (digits < 9)
        {
            text = text[..digits];
        }

        if (trim)
        {
            text = text.TrimEnd('0');
            if (text.Length == 0)
            {
                return;
            }
        }

        b.Append(separator).Append(text);
    }

    // Go's appendInt: sign, then the magnitude zero-padded to width.
    private static void AppendInt(StringBuilder b, long x, int width)
    {
        ulong u = (ulong)x;
        if (x < 0)
        {
            b.Append('-');
            u = (ulong)-x;
        }

        var digits = u.ToString(CultureInfo.InvariantCulture);
        for (int pad = width - digits.Length; pad > 0; pad--)
        {
            b.Append('0');
        }

        b.Append(digits);
    }
}
