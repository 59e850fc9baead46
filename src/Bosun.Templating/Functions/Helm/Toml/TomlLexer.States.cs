namespace Bosun.Templating.Functions.Helm.Toml;

/// <summary>The lexer's state functions (lex.go).</summary>
internal sealed partial class TomlLexer
{
    private static TomlLexState? LexTop(TomlLexer lx)
    {
        int r = lx.Next();
        if (IsWhitespace(r) || IsNl(r))
        {
            return LexSkip(lx, LexTop);
        }

        switch (r)
        {
            case '#':
                lx.Push(LexTop);
                return LexCommentStart;
            case '[':
                return LexTableStart;
            case Eof:
                if (lx.Pos > lx.Start)
                {
                    return lx.Errorf("unexpected EOF");
                }

                lx.Emit(TomlItemType.Eof);
                return null;
        }

        lx.Backup();
        lx.Push(LexTopEnd);
        return LexKeyStart;
    }

    private static TomlLexState? LexTopEnd(TomlLexer lx)
    {
        int r = lx.Next();
        if (r == '#')
        {
            lx.Push(LexTop);
            return LexCommentStart;
        }

        if (IsWhitespace(r))
        {
            return LexTopEnd;
        }

        if (IsNl(r))
        {
            lx.Ignore();
            return LexTop;
        }

        if (r == Eof)
        {
            lx.Emit(TomlItemType.Eof);
            return null;
        }

        return lx.Errorf($"expected a top-level item to end with a newline, comment, or EOF, but got {Q(r)} instead");
    }

    private static TomlLexState? LexTableStart(TomlLexer lx)
    {
        if (lx.Peek() == '[')
        {
            lx.Next();
            lx.Emit(TomlItemType.ArrayTableStart);
            lx.Push(LexArrayTableEnd);
        }
        else
        {
            lx.Emit(TomlItemType.TableStart);
            lx.Push(LexTableEnd);
        }

        return LexTableNameStart;
    }

    private static TomlLexState? LexTableEnd(TomlLexer lx)
    {
        lx.Emit(TomlItemType.TableEnd);
        return LexTopEnd;
    }

    private static TomlLexState? LexArrayTableEnd(TomlLexer lx)
    {
        int r = lx.Next();
        if (r != ']')
        {
            return lx.Errorf($"expected end of table array name delimiter ']', but got {Q(r)} instead");
        }

        lx.Emit(TomlItemType.ArrayTableEnd);
        return LexTopEnd;
    }

    private static TomlLexState? LexTableNameStart(TomlLexer lx)
    {
        lx.Skip(IsWhitespace);
        int r = lx.Peek();
        if (r == ']' || r == Eof)
        {
            return lx.Errorf("unexpected end of table name (table names cannot be empty)");
        }

        if (r == '.')
        {
            return lx.Errorf("unexpected table separator (table names cannot be empty)");
        }

        if (r is '"' or '\'')
        {
            lx.Ignore();
            lx.Push(LexTableNameEnd);
            return LexQuotedName;
        }

        lx.Push(LexTableNameEnd);
        return LexBareName;
    }

    private static TomlLexState? LexTableNameEnd(TomlLexer lx)
    {
        lx.Skip(IsWhitespace);
        int r = lx.Next();
        if (r == '.')
        {
            lx.Ignore();
            return LexTableNameStart;
        }

        if (r == ']')
        {
            return lx.Pop();
        }

        return lx.Errorf($"expected '.' or ']' to end table name, but got {Q(r)} instead");
    }

    private static TomlLexState? LexBareName(TomlLexer lx)
    {
        int r = lx.Next();
        if (IsBareKeyChar(r))
        {
            return LexBareName;
        }

        lx.Backup();
        lx.Emit(TomlItemType.Text);
        return lx.Pop();
    }

    private static TomlLexState? LexQuotedName(TomlLexer lx)
    {
        int r = lx.Next();
        if (r == '"')
        {
            lx.Ignore();
            return LexString;
        }

        if (r == '\'')
        {
            lx.Ignore();
            return LexRawString;
        }

        if (IsWhitespace(r))
        {
            return LexSkip(lx, LexValue);
        }

        if (r == Eof)
        {
            return lx.Errorf("unexpected EOF; expected value");
        }

        return lx.Errorf($"expected value but found {Q(r)} instead");
    }

    private static TomlLexState? LexKeyStart(TomlLexer lx)
    {
        lx.Skip(IsWhitespace);
        int r = lx.Peek();
        if (r == '=' || r == Eof)
        {
            return lx.Errorf("unexpected '=': key name appears blank");
        }

        if (r == '.')
        {
            return lx.Errorf("unexpected '.': keys cannot start with a '.'");
        }

        if (r is '"' or '\'')
        {
            lx.Ignore();
        }

        lx.Emit(TomlItemType.KeyStart);
        return LexKeyNameStart;
    }

    private static TomlLexState? LexKeyNameStart(TomlLexer lx)
    {
        lx.Skip(IsWhitespace);
        int r = lx.Peek();
        if (r is '"' or '\'')
        {
            lx.Ignore();
            lx.Push(LexKeyEnd);
            return LexQuotedName;
        }

        if (r == '=' || r == Eof)
        {
            return lx.Errorf("unexpected '='");
        }

        if (r == '.')
        {
            return lx.Errorf("unexpected '.'");
        }

        lx.Push(LexKeyEnd);
        return LexBareName;
    }

    private static TomlLexState? LexKeyEnd(TomlLexer lx)
    {
        lx.Skip(IsWhitespace);
        int r = lx.Next();
        if (IsWhitespace(r))
        {
            return LexSkip(lx, LexKeyEnd);
        }

        if (r == Eof)
        {
            return lx.Errorf("unexpected EOF; expected key separator '='");
        }

        if (r == '.')
        {
            lx.Ignore();
            return LexKeyNameStart;
        }

        if (r == '=')
        {
            lx.Emit(TomlItemType.KeyEnd);
            return LexSkip(lx, LexValue);
        }

        string message = $"expected '.' or '=', but got {Q(r)} instead";
        return r == '\n' && lx.TomlNext ? lx.ErrorPrevLine(message) : lx.Errorf(message);
    }

    private static TomlLexState? LexValue(TomlLexer lx)
    {
        int r = lx.Next();
        if (IsWhitespace(r))
        {
            return LexSkip(lx, LexValue);
        }

        if (IsDigit(r))
        {
            lx.Backup();
            return LexNumberOrDateStart;
        }

        switch (r)
        {
            case '[':
                lx.Ignore();
                lx.Emit(TomlItemType.Array);
                return LexArrayValue;
            case '{':
                lx.Ignore();
                lx.Emit(TomlItemType.InlineTableStart);
                return LexInlineTableValue;
            case '"':
                if (lx.Accept('"'))
                {
                    if (lx.Accept('"'))
                    {
                        lx.Ignore();
                        return LexMultilineString;
                    }

                    lx.Backup();
                }

                lx.Ignore();
                return LexString;
            case '\'':
                if (lx.Accept('\''))
                {
                    if (lx.Accept('\''))
                    {
                        lx.Ignore();
                        return LexMultilineRawString;
                    }

                    lx.Backup();
                }

                lx.Ignore();
                return LexRawString;
            case '.':
                return lx.Errorf("floats must start with a digit, not '.'");
            case 'i':
            case 'n':
                if ((lx.Accept('n') && lx.Accept('f')) || (lx.Accept('a') && lx.Accept('n')))
                {
                    lx.Emit(TomlItemType.Float);
                    return lx.Pop();
                }

                break;
            case '-':
            case '+':
                return LexDecimalNumberStart;
        }

        if (IsLetter(r))
        {
            lx.Backup();
            return LexBool;
        }

        if (r == Eof)
        {
            return lx.Errorf("unexpected EOF; expected value");
        }

        string message = $"expected value but found {Q(r)} instead";
        return r == '\n' && lx.TomlNext ? lx.ErrorPrevLine(message) : lx.Errorf(message);
    }

    private static TomlLexState? LexArrayValue(TomlLexer lx)
    {
        int r = lx.Next();
        if (IsWhitespace(r) || IsNl(r))
        {
            return LexSkip(lx, LexArrayValue);
        }

        switch (r)
        {
            case '#':
                lx.Push(LexArrayValue);
                return LexCommentStart;
            case ',':
                return lx.Errorf("unexpected comma");
            case ']':
                return LexArrayEnd;
        }

        lx.Backup();
        lx.Push(LexArrayValueEnd);
        return LexValue;
    }

    private static TomlLexState? LexArrayValueEnd(TomlLexer lx)
    {
        int r = lx.Next();
        if (IsWhitespace(r) || IsNl(r))
        {
            return LexSkip(lx, LexArrayValueEnd);
        }

        switch (r)
        {
            case '#':
                lx.Push(LexArrayValueEnd);
                return LexCommentStart;
            case ',':
                lx.Ignore();
                return LexArrayValue;
            case ']':
                return LexArrayEnd;
            default:
                return lx.Errorf($"expected a comma (',') or array terminator (']'), but got {RuneOrEof(r)}");
        }
    }

    private static TomlLexState? LexArrayEnd(TomlLexer lx)
    {
        lx.Ignore();
        lx.Emit(TomlItemType.ArrayEnd);
        return lx.Pop();
    }

    private static TomlLexState? LexInlineTableValue(TomlLexer lx)
    {
        int r = lx.Next();
        if (IsWhitespace(r))
        {
            return LexSkip(lx, LexInlineTableValue);
        }

        if (IsNl(r))
        {
            return lx.TomlNext ? LexSkip(lx, LexInlineTableValue) : lx.ErrorPrevLine("newlines not allowed within inline tables");
        }

        switch (r)
        {
            case '#':
                lx.Push(LexInlineTableValue);
                return LexCommentStart;
            case ',':
                return lx.Errorf("unexpected comma");
            case '}':
                return LexInlineTableEnd;
        }

        lx.Backup();
        lx.Push(LexInlineTableValueEnd);
        return LexKeyStart;
    }

    private static TomlLexState? LexInlineTableValueEnd(TomlLexer lx)
    {
        int r = lx.Next();
        if (IsWhitespace(r))
        {
            return LexSkip(lx, LexInlineTableValueEnd);
        }

        if (IsNl(r))
        {
            return lx.TomlNext ? LexSkip(lx, LexInlineTableValueEnd) : lx.ErrorPrevLine("newlines not allowed within inline tables");
        }

        switch (r)
        {
            case '#':
                lx.Push(LexInlineTableValueEnd);
                return LexCommentStart;
            case ',':
                lx.Ignore();
                lx.Skip(IsWhitespace);
                if (lx.Peek() == '}')
                {
                    return lx.TomlNext ? LexInlineTableValueEnd : lx.Errorf("trailing comma not allowed in inline tables");
                }

                return LexInlineTableValue;
            case '}':
                return LexInlineTableEnd;
            default:
                return lx.Errorf($"expected a comma or an inline table terminator '}}', but got {RuneOrEof(r)} instead");
        }
    }

    private static TomlLexState? LexInlineTableEnd(TomlLexer lx)
    {
        lx.Ignore();
        lx.Emit(TomlItemType.InlineTableEnd);
        return lx.Pop();
    }

    private static TomlLexState? LexCommentStart(TomlLexer lx)
    {
        lx.Ignore();
        lx.Emit(TomlItemType.CommentStart);
        return LexComment;
    }

    private static TomlLexState? LexComment(TomlLexer lx)
    {
        int r = lx.Next();
        if (IsNl(r) || r == Eof)
        {
            lx.Backup();
            lx.Emit(TomlItemType.Text);
            return lx.Pop();
        }

        return LexComment;
    }

    private static TomlLexState? LexSkip(TomlLexer lx, TomlLexState next)
    {
        lx.Ignore();
        return next;
    }

    private static TomlLexState? LexBool(TomlLexer lx)
    {
        var rs = new System.Text.StringBuilder();
        while (true)
        {
            int r = lx.Next();
            if (!IsLetter(r))
            {
                lx.Backup();
                break;
            }

            rs.Append(char.ConvertFromUtf32(r));
        }

        string s = rs.ToString();
        if (s is "true" or "false")
        {
            lx.Emit(TomlItemType.Bool);
            return lx.Pop();
        }

        return lx.Errorf($"expected value but found {Q(s)} instead");
    }
}
