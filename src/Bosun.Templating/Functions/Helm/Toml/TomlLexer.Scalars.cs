namespace Bosun.Templating.Functions.Helm.Toml;

/// <summary>Strings, escapes, numbers and datetimes of the lexer.</summary>
internal sealed partial class TomlLexer
{
    private static TomlLexState? LexString(TomlLexer lx)
    {
        int r = lx.Next();
        if (r == Eof)
        {
            return lx.Errorf("unexpected EOF; expected '\"'");
        }

        if (IsNl(r))
        {
            return lx.ErrorPrevLine("strings cannot contain newlines");
        }

        if (r == '\\')
        {
            lx.Push(LexString);
            return LexStringEscape;
        }

        if (r == '"')
        {
            lx.Backup();
            if (lx._esc)
            {
                lx._esc = false;
                lx.Emit(TomlItemType.StringEsc);
            }
            else
            {
                lx.Emit(TomlItemType.String);
            }

            lx.Next();
            lx.Ignore();
            return lx.Pop();
        }

        return LexString;
    }

    private bool CurrentEndsWith(string suffix)
    {
        int n = suffix.Length;
        if (Pos - Start < n)
        {
            return false;
        }

        for (int i = 0; i < n; i++)
        {
            if (_input[Pos - n + i] != suffix[i])
            {
                return false;
            }
        }

        return true;
    }

    private static TomlLexState? LexMultilineString(TomlLexer lx)
    {
        int r = lx.Next();
        switch (r)
        {
            default:
                return LexMultilineString;
            case Eof:
                return lx.Errorf("unexpected EOF; expected '\"\"\"'");
            case '\\':
                return LexMultilineStringEscape;
            case '"':
                if (lx.Accept('"'))
                {
                    if (lx.Accept('"'))
                    {
                        if (lx.Peek() == '"')
                        {
                            if (lx.CurrentEndsWith("\"\"\"\"\"") && !lx.CurrentEndsWith("\\\"\"\"\"\""))
                            {
                                return lx.Errorf("unexpected '\"\"\"\"\"\"'");
                            }

                            lx.Backup();
                            lx.Backup();
                            return LexMultilineString;
                        }

                        lx.Backup();
                        lx.Backup();
                        lx.Backup();
                        lx._esc = false;
                        lx.Emit(TomlItemType.MultilineString);
                        lx.Next();
                        lx.Next();
                        lx.Next();
                        lx.Ignore();
                        return lx.Pop();
                    }

                    lx.Backup();
                }

                return LexMultilineString;
        }
    }

    private static TomlLexState? LexRawString(TomlLexer lx)
    {
        int r = lx.Next();
        if (r == Eof)
        {
            return lx.Errorf("unexpected EOF; expected \"'\"");
        }

        if (IsNl(r))
        {
            return lx.ErrorPrevLine("strings cannot contain newlines");
        }

        if (r == '\'')
        {
            lx.Backup();
            lx.Emit(TomlItemType.RawString);
            lx.Next();
            lx.Ignore();
            return lx.Pop();
        }

        return LexRawString;
    }

    private static TomlLexState? LexMultilineRawString(TomlLexer lx)
    {
        int r = lx.Next();
        switch (r)
        {
            default:
                return LexMultilineRawString;
            case Eof:
                return lx.Errorf("unexpected EOF; expected \"'''\"");
            case '\'':
                if (lx.Accept('\''))
                {
                    if (lx.Accept('\''))
                    {
                        if (lx.Peek() == '\'')
                        {
                            if (lx.CurrentEndsWith("'''''"))
                            {
                                return lx.Errorf("unexpected \"''''''\"");
                            }

                            lx.Backup();
                            lx.Backup();
                            return LexMultilineRawString;
                        }

                        lx.Backup();
                        lx.Backup();
                        lx.Backup();
                        lx.Emit(TomlItemType.RawMultilineString);
                        lx.Next();
                        lx.Next();
                        lx.Next();
                        lx.Ignore();
                        return lx.Pop();
                    }

                    lx.Backup();
                }

                return LexMultilineRawString;
        }
    }

    private static TomlLexState? LexMultilineStringEscape(TomlLexer lx)
    {
        if (IsNl(lx.Next()))
        {
            return LexMultilineString;
        }

        lx.Backup();
        lx.Push(LexMultilineString);
        return LexStringEscape(lx);
    }

    private static TomlLexState? LexStringEscape(TomlLexer lx)
    {
        lx._esc = true;
        int r = lx.Next();
        switch (r)
        {
            case 'e' when !lx.TomlNext:
            case 'x' when !lx.TomlNext:
                return lx.Error($"invalid escape in string '\\{char.ConvertFromUtf32(r)}'");
            case 'e':
            case 'b':
            case 't':
            case 'n':
            case 'f':
            case 'r':
            case '"':
            case ' ':
            case '\t':
            case '\\':
                return lx.Pop();
            case 'x':
                return LexHexDigits(lx, 2, "expected two hexadecimal digits after '\\x', but got {0} instead");
            case 'u':
                return LexHexDigits(lx, 4, "expected four hexadecimal digits after '\\u', but got {0} instead");
            case 'U':
                return LexHexDigits(lx, 8, "expected eight hexadecimal digits after '\\U', but got {0} instead");
        }

        return lx.Error($"invalid escape in string '\\{(r >= 0 ? char.ConvertFromUtf32(r) : string.Empty)}'");
    }

    private static TomlLexState? LexHexDigits(TomlLexer lx, int count, string format)
    {
        for (int i = 0; i < count; i++)
        {
            int r = lx.Next();
            if (!IsHex(r))
            {
                return lx.Errorf(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, Q(lx.Current())));
            }
        }

        return lx.Pop();
    }

    private static TomlLexState? LexNumberOrDateStart(TomlLexer lx) =>
        lx.Next() == '0' ? LexBaseNumberOrDate : LexNumberOrDate;

    private static TomlLexState? LexNumberOrDate(TomlLexer lx)
    {
        int r = lx.Next();
        if (IsDigit(r))
        {
            return LexNumberOrDate;
        }

        switch (r)
        {
            case '-':
            case ':':
                return LexDatetime;
            case '_':
                return LexDecimalNumber;
            case '.':
            case 'e':
            case 'E':
                return LexFloat;
        }

        lx.Backup();
        lx.Emit(TomlItemType.Integer);
        return lx.Pop();
    }

    private static TomlLexState? LexDatetime(TomlLexer lx)
    {
        int r = lx.Next();
        if (IsDigit(r) || r is '-' or ':' or 'T' or 't' or ' ' or '.' or 'Z' or 'z' or '+')
        {
            return LexDatetime;
        }

        lx.Backup();
        lx.EmitTrim(TomlItemType.Datetime);
        return lx.Pop();
    }

    private static TomlLexState? LexDigits(TomlLexer lx, Func<int, bool> digit, TomlLexState self)
    {
        int r = lx.Next();
        if (digit(r) || r == '_')
        {
            return self;
        }

        lx.Backup();
        lx.Emit(TomlItemType.Integer);
        return lx.Pop();
    }

    private static TomlLexState? LexHexInteger(TomlLexer lx) => LexDigits(lx, IsHex, LexHexInteger);

    private static TomlLexState? LexOctalInteger(TomlLexer lx) => LexDigits(lx, IsOctal, LexOctalInteger);

    private static TomlLexState? LexBinaryInteger(TomlLexer lx) => LexDigits(lx, IsBinary, LexBinaryInteger);

    private static TomlLexState? LexDecimalNumber(TomlLexer lx)
    {
        int r = lx.Next();
        if (IsDigit(r))
        {
            return LexDecimalNumber;
        }

        switch (r)
        {
            case '.':
            case 'e':
            case 'E':
                return LexFloat;
            case '_':
                return LexDecimalNumber;
        }

        lx.Backup();
        lx.Emit(TomlItemType.Integer);
        return lx.Pop();
    }

    private static TomlLexState? LexDecimalNumberStart(TomlLexer lx)
    {
        int r = lx.Next();
        switch (r)
        {
            case 'i':
                if (!lx.Accept('n') || !lx.Accept('f'))
                {
                    return lx.Errorf($"invalid float: '{lx.Current()}'");
                }

                lx.Emit(TomlItemType.Float);
                return lx.Pop();
            case 'n':
                if (!lx.Accept('a') || !lx.Accept('n'))
                {
                    return lx.Errorf($"invalid float: '{lx.Current()}'");
                }

                lx.Emit(TomlItemType.Float);
                return lx.Pop();
            case '0':
                int p = lx.Peek();
                if (p is 'b' or 'o' or 'x')
                {
                    return lx.Errorf($"cannot use sign with non-decimal numbers: '{lx.Current()}{(char)p}'");
                }

                break;
            case '.':
                return lx.Errorf("floats must start with a digit, not '.'");
        }

        if (IsDigit(r))
        {
            return LexDecimalNumber;
        }

        return lx.Errorf($"expected a digit but got {Q(r)}");
    }

    private static TomlLexState? LexBaseNumberOrDate(TomlLexer lx)
    {
        int r = lx.Next();
        if (IsDigit(r))
        {
            return LexNumberOrDate;
        }

        switch (r)
        {
            case '_':
                return LexDecimalNumber;
            case '.':
            case 'e':
            case 'E':
                return LexFloat;
            case 'b':
                r = lx.Peek();
                if (!IsBinary(r))
                {
                    lx.Errorf($"not a binary number: '{lx.Current()}{Char(r)}'");
                }

                return LexBinaryInteger;
            case 'o':
                r = lx.Peek();
                if (!IsOctal(r))
                {
                    lx.Errorf($"not an octal number: '{lx.Current()}{Char(r)}'");
                }

                return LexOctalInteger;
            case 'x':
                r = lx.Peek();
                if (!IsHex(r))
                {
                    lx.Errorf($"not a {(lx.TomlNext ? "hexadecimal" : "hexidecimal")} number: '{lx.Current()}{Char(r)}'");
                }

                return LexHexInteger;
        }

        lx.Backup();
        lx.Emit(TomlItemType.Integer);
        return lx.Pop();
    }

    /// <summary>Go's %c of a rune (NUL for eof).</summary>
    private static string Char(int r) => r >= 0 && r <= 0x10FFFF && !(r >= 0xD800 && r <= 0xDFFF) ? char.ConvertFromUtf32(r) : "\uFFFD";

    private static TomlLexState? LexFloat(TomlLexer lx)
    {
        int r = lx.Next();
        if (IsDigit(r) || r is '_' or '.' or '-' or '+' or 'e' or 'E')
        {
            return LexFloat;
        }

        lx.Backup();
        lx.Emit(TomlItemType.Float);
        return lx.Pop();
    }
}
