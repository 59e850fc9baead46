using System.Buffers;
using System.Text;

namespace Bosun.Core.Values;

public static partial class GoFormat
{
    private sealed partial class Printer
    {
        private void FmtString(string v, int verb)
        {
            switch (verb)
            {
                case 'v':
                    if (_sharpV)
                    {
                        FmtQ(v);
                    }
                    else
                    {
                        FmtS(v);
                    }

                    break;
                case 's':
                    FmtS(v);
                    break;
                case 'x':
                    FmtSx(v, LowerDigits);
                    break;
                case 'X':
                    FmtSx(v, UpperDigits);
                    break;
                case 'q':
                    FmtQ(v);
                    break;
                default:
                    BadVerb(verb);
                    break;
            }
        }

        private void FmtBytes(byte[] v, int verb, string typeString)
        {
            switch (verb)
            {
                case 'v' or 'd':
                    if (_sharpV)
                    {
                        _buf.Append(typeString).Append('{');
                        for (int i = 0; i < v.Length; i++)
                        {
                            if (i > 0)
                            {
                                _buf.Append(", ");
                            }

                            Fmt0x64(v[i], leading0x: true);
                        }

                        _buf.Append('}');
                    }
                    else
                    {
                        _buf.Append('[');
                        for (int i = 0; i < v.Length; i++)
                        {
                            if (i > 0)
                            {
                                _buf.Append(' ');
                            }

                            FmtIntegerBase(v[i], 10, isSigned: false, verb, LowerDigits);
                        }

                        _buf.Append(']');
                    }

                    break;
                case 's':
                    FmtBs(v);
                    break;
                case 'x':
                    FmtSbx(v, LowerDigits);
                    break;
                case 'X':
                    FmtSbx(v, UpperDigits);
                    break;
                case 'q':
                    FmtQBytes(v);
                    break;
                default:
                    // printValue of a []uint8: each element with the verb.
                    _buf.Append('[');
                    for (int i = 0; i < v.Length; i++)
                    {
                        if (i > 0)
                        {
                            _buf.Append(' ');
                        }

                        if (verb is 'b' or 'o' or 'O' or 'x' or 'X' or 'c' or 'q' or 'U')
                        {
                            FmtInteger(v[i], isSigned: false, verb);
                        }
                        else
                        {
                            _arg = new GoInt(GoType.Uint8, v[i]);
                            BadVerb(verb);
                        }
                    }

                    _buf.Append(']');
                    break;
            }
        }

        // The prefix of s holding at most prec runes (when a precision is present).
        private ReadOnlySpan<char> TruncateString(string s)
        {
            if (_precPresent)
            {
                int n = _prec;
                for (int i = 0; i < s.Length;)
                {
                    n--;
                    if (n < 0)
                    {
                        return s.AsSpan(0, i);
                    }

                    GoStrconv.DecodeRune(s, i, out int w);
                    i += w;
                }
            }

            return s;
        }

        private ReadOnlySpan<byte> TruncateBytes(ReadOnlySpan<byte> b)
        {
            if (_precPresent)
            {
                int n = _prec;
                for (int i = 0; i < b.Length;)
                {
                    n--;
                    if (n < 0)
                    {
                        return b[..i];
                    }

                    GoStrconv.DecodeRuneUtf8(b[i..], out int w);
                    i += w;
                }
            }

            return b;
        }

        private void FmtS(string s) => Pad(TruncateString(s));

        private void FmtBs(byte[] b)
        {
            var t = TruncateBytes(b);
            Pad(GoStrconv.DecodeUtf8(t));
        }

        private void FmtSx(string s, string digits)
        {
            if (GoString.HasEscapes(s))
            {
                FmtSbx(GoString.ToUtf8(s), digits);
                return;
            }

            int max = Encoding.UTF8.GetMaxByteCount(s.Length);
            byte[]? rented = null;
            Span<byte> bytes = max <= 256 ? stackalloc byte[256] : (rented = ArrayPool<byte>.Shared.Rent(max));
            try
            {
                int n = Encoding.UTF8.GetBytes(s, bytes);
                FmtSbx(bytes[..n], digits);
            }
            finally
            {
                if (rented is not null)
                {
                    ArrayPool<byte>.Shared.Return(rented);
                }
            }
        }

        // Go's fmtSbx: hex of the bytes, "% x" separates, "%#x" prefixes 0x (per byte with space).
        private void FmtSbx(ReadOnlySpan<byte> b, string digits)
        {
            int length = b.Length;
            if (_precPresent && _prec < length)
            {
                length = _prec;
            }

            int width = 2 * length;
            if (width > 0)
            {
                if (_space)
                {
                    if (_sharp)
                    {
                        width *= 2;
                    }

                    width += length - 1;
                }
                else if (_sharp)
                {
                    width += 2;
                }
            }
            else
            {
                if (_widPresent)
                {
                    WritePadding(_wid);
                }

                return;
            }

            if (_widPresent && _wid > width && !_minus)
            {
                WritePadding(_wid - width);
            }

            if (_sharp)
            {
                _buf.Append('0').Append(digits[16]);
            }

            for (int i = 0; i < length; i++)
            {
                if (_space && i > 0)
                {
                    _buf.Append(' ');
                    if (_sharp)
                    {
                        _buf.Append('0').Append(digits[16]);
                    }
                }

                byte c = b[i];
                _buf.Append(digits[c >> 4]).Append(digits[c & 0xF]);
            }

            if (_widPresent && _wid > width && _minus)
            {
                WritePadding(_wid - width);
            }
        }

        // %q: strconv.Quote (QuoteToASCII with +), or a raw `string` with # when possible.
        private void FmtQ(string v)
        {
            var s = TruncateString(v);
            _scratch.Clear();
            if (_sharp && GoStrconv.CanBackquote(s))
            {
                _scratch.Append('`').Append(s).Append('`');
            }
            else
            {
                GoStrconv.AppendQuote(_scratch, s, '"', asciiOnly: _plus);
            }

            PadScratch();
        }

        private void FmtQBytes(byte[] v)
        {
            var b = TruncateBytes(v);
            _scratch.Clear();
            if (_sharp && CanBackquoteBytes(b))
            {
                _scratch.Append('`').Append(GoStrconv.DecodeUtf8(b)).Append('`');
            }
            else
            {
                GoStrconv.AppendQuoteBytes(_scratch, b, '"', asciiOnly: _plus);
            }

            PadScratch();
        }

        private static bool CanBackquoteBytes(ReadOnlySpan<byte> b)
        {
            while (b.Length > 0)
            {
                int r = GoStrconv.DecodeRuneUtf8(b, out int w);
                if (w == 1 && r == GoStrconv.RuneError)
                {
                    return false;
                }

                b = b[w..];
                if (w > 1)
                {
                    if (r == 0xFEFF)
                    {
                        return false;
                    }

                    continue;
                }

                if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
