using System.Buffers;

namespace Bosun.Core.Values;

public static partial class GoFormat
{
    private sealed partial class Printer
    {
        private void FmtBool(bool v, int verb)
        {
            if (verb is 't' or 'v')
            {
                Pad(v ? "true" : "false");
            }
            else
            {
                BadVerb(verb);
            }
        }

        // Go's pp.fmtInteger: verb dispatch for every integer kind.
        private void FmtInteger(ulong v, bool isSigned, int verb)
        {
            switch (verb)
            {
                case 'v':
                    if (_sharpV && !isSigned)
                    {
                        Fmt0x64(v, leading0x: true);
                    }
                    else
                    {
                        FmtIntegerBase(v, 10, isSigned, verb, LowerDigits);
                    }

                    break;
                case 'd':
                    FmtIntegerBase(v, 10, isSigned, verb, LowerDigits);
                    break;
                case 'b':
                    FmtIntegerBase(v, 2, isSigned, verb, LowerDigits);
                    break;
                case 'o' or 'O':
                    FmtIntegerBase(v, 8, isSigned, verb, LowerDigits);
                    break;
                case 'x':
                    FmtIntegerBase(v, 16, isSigned, verb, LowerDigits);
                    break;
                case 'X':
                    FmtIntegerBase(v, 16, isSigned, verb, UpperDigits);
                    break;
                case 'c':
                    FmtC(v);
                    break;
                case 'q':
                    FmtQc(v);
                    break;
                case 'U':
                    FmtUnicode(v);
                    break;
                default:
                    BadVerb(verb);
                    break;
            }
        }

        // Hexadecimal with or without 0x, whatever the sharp flag says.
        private void Fmt0x64(ulong v, bool leading0x)
        {
            bool sharp = _sharp;
            _sharp = leading0x;
            FmtIntegerBase(v, 16, isSigned: false, 'v', LowerDigits);
            _sharp = sharp;
        }

        // Go's fmt.fmtInteger.
        private void FmtIntegerBase(ulong u, int numberBase, bool isSigned, int verb, string digits)
        {
            bool negative = isSigned && (long)u < 0;
            if (negative)
            {
                u = 0 - u;
            }

            // Two ways to ask for leading zeros: %.3d or %03d; with both, zero is ignored.
            int prec = 0;
            if (_precPresent)
            {
                prec = _prec;
                if (prec == 0 && u == 0)
                {
                    // precision 0 and value 0 print nothing but padding
                    bool oldZero = _zero;
                    _zero = false;
                    WritePadding(_wid);
                    _zero = oldZero;
                    return;
                }
            }
            else if (_zero && !_minus && _widPresent)
            {
                prec = _wid;
                if (negative || _plus || _space)
                {
                    prec--; // room for the sign
                }
            }

            Span<char> buf = stackalloc char[64];
            int i = buf.Length;
            uint b = (uint)numberBase;
            do
            {
                i--;
                buf[i] = digits[(int)(u % b)];
                u /= b;
            }
            while (u != 0);

            var number = buf[i..];
            int zeros = Math.Max(prec - number.Length, 0);

            ReadOnlySpan<char> prefix = default;
            if (_sharp)
            {
                switch (numberBase)
                {
                    case 2:
                        prefix = "0b";
                        break;
                    case 8:
                        if (zeros == 0 && number[0] != '0')
                        {
                            prefix = "0";
                        }

                        break;
                    case 16:
                        prefix = digits[16] == 'X' ? "0X" : "0x";
                        break;
                }
            }

            ReadOnlySpan<char> octalO = verb == 'O' ? "0o" : default;
            char sign = negative ? '-' : _plus ? '+' : _space ? ' ' : '\0';
            int length = (sign != '\0' ? 1 : 0) + octalO.Length + prefix.Length + zeros + number.Length;

            // Zero padding was handled as precision above: pad with spaces.
            int padding = _widPresent && _wid != 0 ? _wid - length : 0;
            if (padding > 0 && !_minus)
            {
                _buf.Append(' ', padding);
            }

            if (sign != '\0')
            {
                _buf.Append(sign);
            }

            _buf.Append(octalO).Append(prefix);
            if (zeros > 0)
            {
                _buf.Append('0', zeros);
            }

            _buf.Append(number);
            if (padding > 0 && _minus)
            {
                _buf.Append(' ', padding);
            }
        }

        // U+0078 or, with #, U+0078 'x'.
        private void FmtUnicode(ulong u)
        {
            int prec = 4;
            if (_precPresent && _prec > 4)
            {
                prec = _prec;
            }

            _scratch.Clear();
            _scratch.Append("U+");
            Span<char> hex = stackalloc char[16];
            int i = hex.Length;
            ulong v = u;
            do
            {
                i--;
                hex[i] = UpperDigits[(int)(v & 0xF)];
                v >>= 4;
            }
            while (v != 0);

            int n = hex.Length - i;
            if (prec > n)
            {
                _scratch.Append('0', prec - n);
            }

            _scratch.Append(hex[i..]);
            if (_sharp && u <= GoStrconv.MaxRune && GoStrconv.IsPrint((int)u))
            {
                _scratch.Append(" '");
                GoStrconv.AppendRune(_scratch, (int)u);
                _scratch.Append('\'');
            }

            bool oldZero = _zero;
            _zero = false;
            PadScratch();
            _zero = oldZero;
        }

        private void FmtC(ulong c)
        {
            int r = c > GoStrconv.MaxRune ? GoStrconv.RuneError : (int)c;
            _scratch.Clear();
            GoStrconv.AppendRune(_scratch, r);
            PadScratch();
        }

        private void FmtQc(ulong c)
        {
            int r = c > GoStrconv.MaxRune ? GoStrconv.RuneError : (int)c;
            _scratch.Clear();
            GoStrconv.AppendQuoteRune(_scratch, r, asciiOnly: _plus);
            PadScratch();
        }

        // Go's pp.fmtFloat: verb dispatch with the default precisions.
        private void FmtFloat(double v, int size, int verb)
        {
            switch (verb)
            {
                case 'v':
                    FmtFloatCore(v, size, 'g', -1);
                    break;
                case 'b' or 'g' or 'G' or 'x' or 'X':
                    FmtFloatCore(v, size, (char)verb, -1);
                    break;
                case 'f' or 'e' or 'E':
                    FmtFloatCore(v, size, (char)verb, 6);
                    break;
                case 'F':
                    FmtFloatCore(v, size, 'f', 6);
                    break;
                default:
                    BadVerb(verb);
                    break;
            }
        }

        // Go's fmt.fmtFloat: sign handling, # forms, zero padding after the sign, Inf/NaN unpadded by zeros.
        private void FmtFloatCore(double v, int size, char verb, int prec)
        {
            if (_precPresent)
            {
                prec = _prec;
            }

            if (!_sharp && !_plus && !_space && !_widPresent)
            {
                // No flags that touch the sign or padding: strconv's text is fmt's text.
                GoStrconv.AppendFloat(_buf, v, verb, prec, size);
                return;
            }

            _scratch.Clear();
            _scratch.Append('+');
            GoStrconv.AppendFloat(_scratch, v, verb, prec, size);
            int extra = _sharp && verb != 'b' ? Math.Max(prec, 6) + 8 : 0;
            int length = _scratch.Length;
            char[]? rented = null;
            Span<char> all = length + extra <= 256
                ? stackalloc char[256]
                : (rented = ArrayPool<char>.Shared.Rent(length + extra));
            try
            {
                _scratch.CopyTo(0, all, length);

                // num = all[start..end]; num[0] is the sign.
                int start = 0;
                if (all[1] is '-' or '+')
                {
                    start = 1;
                }

                int end = length;
                if (_space && all[start] == '+' && !_plus)
                {
                    all[start] = ' ';
                }

                // Infinities and NaN don't look like numbers: never zero padded.
                if (all[start + 1] is 'I' or 'N')
                {
                    bool oldZero = _zero;
                    _zero = false;
                    if (all[start + 1] == 'N' && !_space && !_plus)
                    {
                        start++;
                    }

                    Pad(all[start..end]);
                    _zero = oldZero;
                    return;
                }

                if (_sharp && verb != 'b')
                {
                    end = ApplySharp(all, start, end, verb, prec);
                }

                var num = all[start..end];
                if (_plus || num[0] != '+')
                {
                    // Zero padding goes between the sign and the digits.
                    if (_zero && !_minus && _widPresent && _wid > num.Length)
                    {
                        _buf.Append(num[0]);
                        WritePadding(_wid - num.Length);
                        _buf.Append(num[1..]);
                        return;
                    }

                    Pad(num);
                    return;
                }

                Pad(num[1..]);
            }
            finally
            {
                if (rented is not null)
                {
                    ArrayPool<char>.Shared.Return(rented);
                }
            }
        }

        // The # flag: force a decimal point and keep trailing zeros (%#g keeps prec significant digits).
        private static int ApplySharp(Span<char> all, int start, int end, char verb, int prec)
        {
            int digits = 0;
            if (verb is 'v' or 'g' or 'G' or 'x')
            {
                digits = prec == -1 ? 6 : prec;
            }

            // Split off the exponent tail ("e+123" or "p-1023").
            Span<char> tail = stackalloc char[8];
            int tailLength = 0;
            bool hasDecimalPoint = false;
            bool sawNonzeroDigit = false;
            for (int i = start + 1; i < end; i++)
            {
                char c = all[i];
                if (c == '.')
                {
                    hasDecimalPoint = true;
                    continue;
                }

                if (c is 'p' or 'P' || (c is 'e' or 'E' && verb is not ('x' or 'X')))
                {
                    tailLength = end - i;
                    all[i..end].CopyTo(tail);
                    end = i;
                    break;
                }

                if (c != '0')
                {
                    sawNonzeroDigit = true;
                }

                // Count significant digits after the first non-zero digit.
                if (sawNonzeroDigit)
                {
                    digits--;
                }
            }

            if (!hasDecimalPoint)
            {
                // A lone leading 0 counts once.
                if (end - start == 2 && all[start + 1] == '0')
                {
                    digits--;
                }

                all[end++] = '.';
            }

            while (digits > 0)
            {
                all[end++] = '0';
                digits--;
            }

            tail[..tailLength].CopyTo(all[end..]);
            return end + tailLength;
        }
    }
}
