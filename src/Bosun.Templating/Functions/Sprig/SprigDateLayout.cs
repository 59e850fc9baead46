namespace Bosun.Templating.Functions.Sprig;

/// <summary>Go's time layout tokenizer (nextStdChunk): the elements of the reference time Mon Jan 2 15:04:05 MST 2006.</summary>
internal static class SprigDateLayout
{
    public const int None = 0;
    public const int LongMonth = 1, Month = 2, NumMonth = 3, ZeroMonth = 4, LongWeekDay = 5, WeekDay = 6, Day = 7, UnderDay = 8, ZeroDay = 9;
    public const int UnderYearDay = 10, ZeroYearDay = 11, Hour = 12, Hour12 = 13, ZeroHour12 = 14, Minute = 15, ZeroMinute = 16, Second = 17, ZeroSecond = 18;
    public const int LongYear = 19, Year = 20, PM = 21, Pm = 22, TZ = 23;
    public const int ISO8601TZ = 24, ISO8601SecondsTZ = 25, ISO8601ShortTZ = 26, ISO8601ColonTZ = 27, ISO8601ColonSecondsTZ = 28;
    public const int NumTZ = 29, NumSecondsTz = 30, NumShortTZ = 31, NumColonTZ = 32, NumColonSecondsTZ = 33;
    public const int FracSecond0 = 34, FracSecond9 = 35;

    public static readonly string[] LongDayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    public static readonly string[] ShortDayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    public static readonly string[] ShortMonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    public static readonly string[] LongMonthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly int[] s_std0x = [ZeroMonth, ZeroDay, ZeroHour12, ZeroMinute, ZeroSecond, Year];

    /// <summary>One layout element: the literal text before it, its code (None at the end), its text, and for fractions digit count and separator.</summary>
    public readonly record struct Chunk(string Prefix, int Std, string StdText, string Suffix, int Digits, char Separator);

    public static Chunk Next(string layout)
    {
        for (int i = 0; i < layout.Length; i++)
        {
            char c = layout[i];
            switch (c)
            {
                case 'J':
                    if (At(layout, i, "Jan"))
                    {
                        if (At(layout, i, "January"))
                        {
                            return Make(layout, i, 7, LongMonth);
                        }

                        if (!StartsWithLowerCase(layout, i + 3))
                        {
                            return Make(layout, i, 3, Month);
                        }
                    }

                    break;
                case 'M':
                    if (layout.Length >= i + 3)
                    {
                        if (At(layout, i, "Mon"))
                        {
                            if (At(layout, i, "Monday"))
                            {
                                return Make(layout, i, 6, LongWeekDay);
                            }

                            if (!StartsWithLowerCase(layout, i + 3))
                            {
                                return Make(layout, i, 3, WeekDay);
                            }
                        }

                        if (At(layout, i, "MST"))
                        {
                            return Make(layout, i, 3, TZ);
                        }
                    }

                    break;
                case '0':
                    if (layout.Length >= i + 2 && layout[i + 1] is >= '1' and <= '6')
                    {
                        return Make(layout, i, 2, s_std0x[layout[i + 1] - '1']);
                    }

                    if (layout.Length >= i + 3 && layout[i + 1] == '0' && layout[i + 2] == '2')
                    {
                        return Make(layout, i, 3, ZeroYearDay);
                    }

                    break;
                case '1':
                    if (layout.Length >= i + 2 && layout[i + 1] == '5')
                    {
                        return Make(layout, i, 2, Hour);
                    }

                    return Make(layout, i, 1, NumMonth);
                case '2':
                    if (At(layout, i, "2006"))
                    {
                        return Make(layout, i, 4, LongYear);
                    }

                    return Make(layout, i, 1, Day);
                case '_':
                    if (layout.Length >= i + 2 && layout[i + 1] == '2')
                    {
                        if (At(layout, i + 1, "2006"))
                        {
                            return Make(layout, i + 1, 4, LongYear);
                        }

                        return Make(layout, i, 2, UnderDay);
                    }

                    if (layout.Length >= i + 3 && layout[i + 1] == '_' && layout[i + 2] == '2')
                    {
                        return Make(layout, i, 3, UnderYearDay);
                    }

                    break;
                case '3':
                    return Make(layout, i, 1, Hour12);
                case '4':
                    return Make(layout, i, 1, Minute);
                case '5':
                    return Make(layout, i, 1, Second);
                case 'P':
                    if (layout.Length >= i + 2 && layout[i + 1] == 'M')
                    {
                        return Make(layout, i, 2, PM);
                    }

                    break;
                case 'p':
                    if (layout.Length >= i + 2 && layout[i + 1] == 'm')
                    {
                        return Make(layout, i, 2, Pm);
                    }

                    break;
                case '-':
                    if (At(layout, i, "-070000"))
                    {
                        return Make(layout, i, 7, NumSecondsTz);
                    }

                    if (At(layout, i, "-07:00:00"))
                    {
                        return Make(layout, i, 9, NumColonSecondsTZ);
                    }

                    if (At(layout, i, "-0700"))
                    {
                        return Make(layout, i, 5, NumTZ);
                    }

                    if (At(layout, i, "-07:00"))
                    {
                        return Make(layout, i, 6, NumColonTZ);
                    }

                    if (At(layout, i, "-07"))
                    {
                        return Make(layout, i, 3, NumShortTZ);
                    }

                    break;
                case 'Z':
                    if (At(layout, i, "Z070000"))
                    {
                        return Make(layout, i, 7, ISO8601SecondsTZ);
                    }

                    if (At(layout, i, "Z07:00:00"))
                    {
                        return Make(layout, i, 9, ISO8601ColonSecondsTZ);
                    }

                    if (At(layout, i, "Z0700"))
                    {
                        return Make(layout, i, 5, ISO8601TZ);
                    }

                    if (At(layout, i, "Z07:00"))
                    {
                        return Make(layout, i, 6, ISO8601ColonTZ);
                    }

                    if (At(layout, i, "Z07"))
                    {
                        return Make(layout, i, 3, ISO8601ShortTZ);
                    }

                    break;
                case '.' or ',':
                    if (i + 1 < layout.Length && layout[i + 1] is '0' or '9')
                    {
                        char ch = layout[i + 1];
                        int j = i + 1;
                        while (j < layout.Length && layout[j] == ch)
                        {
                            j++;
                        }

                        if (!(j < layout.Length && char.IsAsciiDigit(layout[j])))
                        {
                            int code = ch == '9' ? FracSecond9 : FracSecond0;
                            return new Chunk(layout[..i], code, layout[i..j], layout[j..], (j - (i + 1)) & 0xfff, c);
                        }
                    }

                    break;
            }
        }

        return new Chunk(layout, None, string.Empty, string.Empty, 0, '.');
    }

    private static Chunk Make(string layout, int i, int length, int std) =>
        new(layout[..i], std, layout.Substring(i, length), layout[(i + length)..], 0, '.');

    private static bool At(string layout, int i, string text) =>
        layout.Length >= i + text.Length && string.CompareOrdinal(layout, i, text, 0, text.Length) == 0;

    private static bool StartsWithLowerCase(string s, int i) => i < s.Length && s[i] is >= 'a' and <= 'z';
}
