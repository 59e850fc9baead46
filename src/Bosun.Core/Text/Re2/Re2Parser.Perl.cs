namespace Bosun.Core.Text.Re2;

internal sealed partial class Re2Parser
{
    // (?flags), (?flags:...), (?P<name>...), (?<name>...). Returns the position after the construct.
    private int ParsePerlFlags(int start)
    {
        string s = _whole;
        string rest = s[start..];
        bool startsWithP = rest.Length > 4 && rest[2] == 'P' && rest[3] == '<';
        bool startsWithName = rest.Length > 3 && rest[2] == '<';
        if (startsWithP || startsWithName)
        {
            int exprStart = startsWithName ? 3 : 4;
            int end = rest.IndexOf('>', StringComparison.Ordinal);
            if (end < 0)
            {
                throw new Re2SyntaxException(Re2ErrorCode.InvalidNamedCapture, rest);
            }

            string capture = rest[..(end + 1)];
            string name = rest[exprStart..end];
            if (!IsValidCaptureName(name))
            {
                throw new Re2SyntaxException(Re2ErrorCode.InvalidNamedCapture, capture);
            }

            _numCap++;
            _capNames.Add(name);
            Push(new Re2Node(Re2NodeKind.LeftParen) { Cap = _numCap, Name = name, Flags = _flags });
            return start + end + 1;
        }

        int t = start + 2;
        var flags = _flags;
        int sign = 1;
        bool sawFlag = false;
        while (t < s.Length)
        {
            int c = NextRune(s, ref t);
            switch (c)
            {
                case 'i':
                    flags = sign > 0 ? flags | Re2Flags.FoldCase : flags & ~Re2Flags.FoldCase;
                    sawFlag = true;
                    continue;
                case 'm':
                    flags = sign > 0 ? flags & ~Re2Flags.OneLine : flags | Re2Flags.OneLine;
                    sawFlag = true;
                    continue;
                case 's':
                    flags = sign > 0 ? flags | Re2Flags.DotNL : flags & ~Re2Flags.DotNL;
                    sawFlag = true;
                    continue;
                case 'U':
                    flags = sign > 0 ? flags | Re2Flags.NonGreedy : flags & ~Re2Flags.NonGreedy;
                    sawFlag = true;
                    continue;
                case '-':
                    if (sign < 0)
                    {
                        break;
                    }

                    sign = -1;
                    sawFlag = false;
                    continue;
                case ':' or ')':
                    if (sign < 0 && !sawFlag)
                    {
                        break;
                    }

                    if (c == ':')
                    {
                        Push(new Re2Node(Re2NodeKind.LeftParen) { Cap = 0, Flags = _flags });
                    }

                    _flags = flags;
                    return t;
            }

            break;
        }

        throw new Re2SyntaxException(Re2ErrorCode.InvalidPerlOp, s[start..t]);
    }

    private static bool IsValidCaptureName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (char c in name)
        {
            if (c != '_' && !char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    // A backslash outside a class: \A \b \B \C \Q..\E \z, \p{..}, Perl classes, then single-rune escapes.
    private int ParseBackslash(int t)
    {
        string s = _whole;
        if (t + 1 < s.Length)
        {
            switch (s[t + 1])
            {
                case 'A':
                    Push(new Re2Node(Re2NodeKind.BeginText));
                    return t + 2;
                case 'b':
                    Push(new Re2Node(Re2NodeKind.WordBoundary));
                    return t + 2;
                case 'B':
                    Push(new Re2Node(Re2NodeKind.NoWordBoundary));
                    return t + 2;
                case 'C':
                    throw new Re2SyntaxException(Re2ErrorCode.InvalidEscape, s[t..(t + 2)]);
                case 'Q':
                {
                    int end = s.IndexOf(@"\E", t + 2, StringComparison.Ordinal);
                    int stop = end < 0 ? s.Length : end;
                    int i = t + 2;
                    while (i < stop)
                    {
                        Literal(NextRune(s, ref i));
                    }

                    return end < 0 ? s.Length : end + 2;
                }

                case 'z':
                    Push(new Re2Node(Re2NodeKind.EndText));
                    return t + 2;
            }
        }

        if (t + 1 < s.Length && s[t + 1] is 'p' or 'P')
        {
            var r = new List<int>();
            int after = ParseUnicodeClass(t, r);
            Push(Class(Re2RuneClass.Clean(r)));
            return after;
        }

        if (TryParsePerlClassEscape(t, out var perl, out int next))
        {
            Push(Class(perl));
            return next;
        }

        int c = ParseEscape(ref t);
        Literal(c);
        return t;
    }

    // \d \D \s \S \w \W: the class (folded under (?i)).
    private bool TryParsePerlClassEscape(int t, out int[] ranges, out int next)
    {
        string s = _whole;
        ranges = [];
        next = t;
        if (t + 1 >= s.Length || s[t] != '\\' || !Re2Unicode.TryPerlGroup(s[t + 1], out var group, out int sign))
        {
            return false;
        }

        var r = new List<int>();
        AppendGroup(r, group, sign);
        ranges = Re2RuneClass.Clean(r);
        next = t + 2;
        return true;
    }

    private void AppendGroup(List<int> r, int[] group, int sign)
    {
        int[] cls = group;
        if ((_flags & Re2Flags.FoldCase) != 0)
        {
            var folded = new List<int>();
            Re2RuneClass.AppendFoldedClass(folded, group);
            cls = Re2RuneClass.Clean(folded);
        }

        if (sign < 0)
        {
            Re2RuneClass.AppendNegatedClass(r, cls);
        }
        else
        {
            Re2RuneClass.AppendClass(r, cls);
        }
    }

    // \pN, \p{Name}, \PN, \P{^Name}: appends the class to r, returns the position after it.
    private int ParseUnicodeClass(int t, List<int> r)
    {
        string s = _whole;
        int sign = s[t + 1] == 'P' ? -1 : 1;
        int i = t + 2;
        int c = NextRune(s, ref i);
        string seq, name;
        int after;
        if (c != '{')
        {
            seq = s[t..i];
            name = s[(t + 2)..i];
            after = i;
        }
        else
        {
            int end = s.IndexOf('}', t);
            if (end < 0)
            {
                throw new Re2SyntaxException(Re2ErrorCode.InvalidCharRange, s[t..]);
            }

            seq = s[t..(end + 1)];
            name = s[(t + 3)..end];
            after = end + 1;
        }

        if (name.StartsWith('^'))
        {
            sign = -sign;
            name = name[1..];
        }

        if (!Re2Unicode.TryUnicodeTable(name, out var table, out int tableSign))
        {
            throw new Re2SyntaxException(Re2ErrorCode.InvalidCharRange, seq);
        }

        if (tableSign < 0)
        {
            sign = -sign;
        }

        AppendGroup(r, table, sign);
        return after;
    }

    // A single-rune escape (octal, hex, C escapes, escaped punctuation); advances t past it.
    private int ParseEscape(ref int t)
    {
        string s = _whole;
        int start = t;
        int i = t + 1;
        if (i >= s.Length)
        {
            throw new Re2SyntaxException(Re2ErrorCode.TrailingBackslash, string.Empty);
        }

        int c = NextRune(s, ref i);
        switch (c)
        {
            case >= '1' and <= '7' when i >= s.Length || s[i] < '0' || s[i] > '7':
                break;
            case >= '0' and <= '7':
            {
                int r = c - '0';
                for (int k = 1; k < 3; k++)
                {
                    if (i >= s.Length || s[i] < '0' || s[i] > '7')
                    {
                        break;
                    }

                    r = r * 8 + (s[i] - '0');
                    i++;
                }

                t = i;
                return r;
            }

            case 'x':
            {
                if (i >= s.Length)
                {
                    break;
                }

                c = NextRune(s, ref i);
                if (c == '{')
                {
                    int nhex = 0;
                    int r = 0;
                    bool ok = false;
                    while (true)
                    {
                        if (i >= s.Length)
                        {
                            break;
                        }

                        c = NextRune(s, ref i);
                        if (c == '}')
                        {
                            ok = nhex > 0;
                            break;
                        }

                        int v = Unhex(c);
                        if (v < 0)
                        {
                            break;
                        }

                        r = r * 16 + v;
                        if (r > Re2RuneClass.MaxRune)
                        {
                            break;
                        }

                        nhex++;
                    }

                    if (!ok)
                    {
                        break;
                    }

                    t = i;
                    return r;
                }

                int x = Unhex(c);
                c = NextRune(s, ref i);
                int y = Unhex(c);
                if (x < 0 || y < 0)
                {
                    break;
                }

                t = i;
                return x * 16 + y;
            }

            case 'a':
                t = i;
                return '\a';
            case 'f':
                t = i;
                return '\f';
            case 'n':
                t = i;
                return '\n';
            case 'r':
                t = i;
                return '\r';
            case 't':
                t = i;
                return '\t';
            case 'v':
                t = i;
                return '\v';
            default:
                if (c < 0x80 && !char.IsAsciiLetterOrDigit((char)c))
                {
                    t = i;
                    return c;
                }

                break;
        }

        throw new Re2SyntaxException(Re2ErrorCode.InvalidEscape, s[start..i]);
    }

    private static int Unhex(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
