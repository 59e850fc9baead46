namespace Bosun.Core.Values;

public static partial class GoFormat
{
    private sealed partial class Printer
    {
        private const int MaxWidthOrPrecision = 1_000_000;

        public void DoPrintf(string format, ReadOnlySpan<object?> a)
        {
            int end = format.Length;
            int argNum = 0;
            bool afterIndex;
            _reordered = false;
            for (int i = 0; i < end;)
            {
                _goodArgNum = true;
                int lasti = i;
                int next = format.IndexOf('%', i);
                i = next < 0 ? end : next;
                if (i > lasti)
                {
                    _buf.Append(format, lasti, i - lasti);
                }

                if (i >= end)
                {
                    break;
                }

                // Process one verb.
                i++;
                ClearFlags();
                for (; i < end; i++)
                {
                    char c = format[i];
                    if (c == '#')
                    {
                        _sharp = true;
                    }
                    else if (c == '0')
                    {
                        _zero = true;
                    }
                    else if (c == '+')
                    {
                        _plus = true;
                    }
                    else if (c == '-')
                    {
                        _minus = true;
                    }
                    else if (c == ' ')
                    {
                        _space = true;
                    }
                    else
                    {
                        break;
                    }
                }

                // Explicit argument index?
                (argNum, i, afterIndex) = ArgNumber(argNum, format, i, a.Length);

                // Width.
                if (i < end && format[i] == '*')
                {
                    i++;
                    (_wid, _widPresent, argNum) = IntFromArg(a, argNum);
                    if (!_widPresent)
                    {
                        _buf.Append("%!(BADWIDTH)");
                    }

                    // A negative width means left alignment, never zero padding on the right.
                    if (_wid < 0)
                    {
                        _wid = -_wid;
                        _minus = true;
                        _zero = false;
                    }

                    afterIndex = false;
                }
                else
                {
                    (_wid, _widPresent, i) = ParseNum(format, i, end);
                    if (afterIndex && _widPresent)
                    {
                        _goodArgNum = false; // "%[3]2d"
                    }
                }

                // Precision.
                if (i + 1 < end && format[i] == '.')
                {
                    i++;
                    if (afterIndex)
                    {
                        _goodArgNum = false; // "%[3].2d"
                    }

                    (argNum, i, afterIndex) = ArgNumber(argNum, format, i, a.Length);
                    if (i < end && format[i] == '*')
                    {
                        i++;
                        (_prec, _precPresent, argNum) = IntFromArg(a, argNum);
                        if (_prec < 0)
                        {
                            _prec = 0;
                            _precPresent = false;
                        }

                        if (!_precPresent)
                        {
                            _buf.Append("%!(BADPREC)");
                        }

                        afterIndex = false;
                    }
                    else
                    {
                        (_prec, _precPresent, i) = ParseNum(format, i, end);
                        if (!_precPresent)
                        {
                            _prec = 0;
                            _precPresent = true;
                        }
                    }
                }

                if (!afterIndex)
                {
                    (argNum, i, afterIndex) = ArgNumber(argNum, format, i, a.Length);
                }

                if (i >= end)
                {
                    _buf.Append("%!(NOVERB)");
                    break;
                }

                int verb = GoStrconv.DecodeRune(format, i, out int size);
                i += size;

                if (verb == '%')
                {
                    // Percent does not absorb operands and ignores width and precision.
                    _buf.Append('%');
                }
                else if (!_goodArgNum)
                {
                    BadArgNum(verb);
                }
                else if (argNum >= a.Length)
                {
                    MissingArg(verb);
                }
                else
                {
                    if (verb is 'v' or 'w')
                    {
                        // Go syntax and struct-field syntax are their own flagless formats.
                        _sharpV = _sharp;
                        _sharp = false;
                        _plusV = _plus;
                        _plus = false;
                    }

                    PrintArg(a[argNum], verb);
                    argNum++;
                }
            }

            // Extra arguments are reported unless the format reordered them.
            if (!_reordered && argNum < a.Length)
            {
                ClearFlags();
                _buf.Append("%!(EXTRA ");
                for (int k = argNum; k < a.Length; k++)
                {
                    if (k > argNum)
                    {
                        _buf.Append(", ");
                    }

                    var arg = a[k];
                    if (arg is null)
                    {
                        _buf.Append(NilAngle);
                    }
                    else
                    {
                        _buf.Append(TypeName(arg)).Append('=');
                        PrintArg(arg, 'v');
                    }
                }

                _buf.Append(')');
            }
        }

        private void BadArgNum(int verb)
        {
            _buf.Append("%!");
            AppendRune(verb);
            _buf.Append("(BADINDEX)");
        }

        private void MissingArg(int verb)
        {
            _buf.Append("%!");
            AppendRune(verb);
            _buf.Append("(MISSING)");
        }

        private static bool TooLarge(long x) => x > MaxWidthOrPrecision || x < -MaxWidthOrPrecision;

        // Go's parsenum: a decimal number at s[start..end); an overlong number consumes the rest.
        private static (int Num, bool IsNum, int NewI) ParseNum(string s, int start, int end)
        {
            if (start >= end)
            {
                return (0, false, end);
            }

            int num = 0;
            bool isNum = false;
            int i = start;
            for (; i < end && s[i] is >= '0' and <= '9'; i++)
            {
                if (TooLarge(num))
                {
                    return (0, false, end);
                }

                num = (num * 10) + (s[i] - '0');
                isNum = true;
            }

            return (num, isNum, i);
        }

        // Go's parseArgNumber on format[i..]: the bracketed 1-based index minus one, the chars to consume, ok.
        private static (int Index, int Wid, bool Ok) ParseArgNumber(string format, int i)
        {
            if (format.Length - i < 3)
            {
                return (0, 1, false);
            }

            for (int j = i + 1; j < format.Length; j++)
            {
                if (format[j] == ']')
                {
                    var (width, ok, newi) = ParseNum(format, i + 1, j);
                    if (!ok || newi != j)
                    {
                        return (0, j - i + 1, false);
                    }

                    return (width - 1, j - i + 1, true);
                }
            }

            return (0, 1, false);
        }

        private (int ArgNum, int NewI, bool Found) ArgNumber(int argNum, string format, int i, int numArgs)
        {
            if (format.Length <= i || format[i] != '[')
            {
                return (argNum, i, false);
            }

            _reordered = true;
            var (index, wid, ok) = ParseArgNumber(format, i);
            if (ok && index >= 0 && index < numArgs)
            {
                return (index, i + wid, true);
            }

            _goodArgNum = false;
            return (argNum, i + wid, ok);
        }

        // Go's intFromArg: an integer operand for '*' width or precision.
        private static (int Num, bool IsInt, int NewArgNum) IntFromArg(ReadOnlySpan<object?> a, int argNum)
        {
            if (argNum >= a.Length)
            {
                return (0, false, argNum);
            }

            long num = 0;
            bool isInt = false;
            switch (a[argNum])
            {
                case long l:
                    num = l;
                    isInt = true;
                    break;
                case GoInt gi when gi.Type.IsSigned:
                    num = gi.Bits;
                    isInt = true;
                    break;
                case GoInt gi when (long)gi.AsUnsigned >= 0:
                    num = gi.Bits;
                    isInt = true;
                    break;
            }

            if (TooLarge(num))
            {
                return (0, false, argNum + 1);
            }

            return ((int)num, isInt, argNum + 1);
        }
    }
}
