namespace Bosun.Core.Text.Re2;

internal sealed partial class Re2Parser
{
    // A bracketed class starting at t ('['); pushes it and returns the position after ']'.
    private int ParseClass(int start)
    {
        string s = _whole;
        string wholeClass = s[start..];
        int t = start + 1;
        var r = new List<int>();
        int sign = 1;
        if (t < s.Length && s[t] == '^')
        {
            sign = -1;
            t++;
        }

        bool first = true;
        while (t >= s.Length || s[t] != ']' || first)
        {
            first = false;
            if (t + 2 < s.Length && s[t] == '[' && s[t + 1] == ':')
            {
                int close = s.IndexOf(":]", t + 2, StringComparison.Ordinal);
                if (close >= 0)
                {
                    string name = s[t..(close + 2)];
                    if (!Re2Unicode.TryPosixGroup(s[(t + 2)..close], out var group, out int groupSign))
                    {
                        throw new Re2SyntaxException(Re2ErrorCode.InvalidCharRange, name);
                    }

                    AppendGroup(r, group, groupSign);
                    t = close + 2;
                    continue;
                }
            }

            if (t + 1 < s.Length && s[t] == '\\' && s[t + 1] is 'p' or 'P')
            {
                t = ParseUnicodeClass(t, r);
                continue;
            }

            if (TryParsePerlClassEscape(t, out var perl, out int afterPerl))
            {
                Re2RuneClass.AppendClass(r, perl);
                t = afterPerl;
                continue;
            }

            int rangeStart = t;
            int lo = ParseClassChar(ref t, wholeClass);
            int hi = lo;
            if (t + 1 < s.Length && s[t] == '-' && s[t + 1] != ']')
            {
                t++;
                hi = ParseClassChar(ref t, wholeClass);
                if (hi < lo)
                {
                    throw new Re2SyntaxException(Re2ErrorCode.InvalidCharRange, s[rangeStart..t]);
                }
            }

            if ((_flags & Re2Flags.FoldCase) == 0)
            {
                Re2RuneClass.AppendRange(r, lo, hi);
            }
            else
            {
                Re2RuneClass.AppendFoldedRange(r, lo, hi);
            }
        }

        t++;
        var cls = Re2RuneClass.Clean(r);
        if (sign < 0)
        {
            cls = Re2RuneClass.Negate(cls);
        }

        Push(Class(cls));
        return t;
    }

    private int ParseClassChar(ref int t, string wholeClass)
    {
        if (t >= _whole.Length)
        {
            throw new Re2SyntaxException(Re2ErrorCode.MissingBracket, wholeClass);
        }

        if (_whole[t] == '\\')
        {
            return ParseEscape(ref t);
        }

        return NextRune(_whole, ref t);
    }
}
