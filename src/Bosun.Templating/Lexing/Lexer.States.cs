using Bosun.Templating.Diagnostics;
using Bosun.Templating.Syntax;

namespace Bosun.Templating.Lexing;

/// <summary>The state functions of the lexer, one per Go <c>lexXxx</c> function.</summary>
public sealed partial class Lexer
{
    private State LexText()
    {
        int x = _pos < _end ? _input.IndexOf(_leftDelim, _pos, _end - _pos, StringComparison.Ordinal) : -1;
        if (x >= 0)
        {
            if (x > _pos)
            {
                _pos = x;
                int trimLength = 0;
                int delimEnd = _pos + _leftDelim.Length;
                if (HasLeftTrimMarker(delimEnd))
                {
                    trimLength = RightTrimLength(_start, _pos);
                }

                _pos -= trimLength;
                _line += CountNewlines(_start, _pos);
                var text = ThisItem(TokenKind.Text);
                _pos += trimLength;
                Ignore();
                if (text.Value.Length > 0)
                {
                    return EmitItem(text);
                }
            }

            return State.LeftDelim;
        }

        _pos = _end;
        if (_pos > _start)
        {
            _line += CountNewlines(_start, _pos);
            return Emit(TokenKind.Text);
        }

        return Emit(TokenKind.EndOfFile);
    }

    private State LexLeftDelim()
    {
        _pos += _leftDelim.Length;
        bool trimSpace = HasLeftTrimMarker(_pos);
        int afterMarker = trimSpace ? TrimMarkerLength : 0;
        if (StartsWith(_pos + afterMarker, LeftComment))
        {
            _pos += afterMarker;
            Ignore();
            return State.Comment;
        }

        var delim = ThisItem(TokenKind.LeftDelim);
        _insideAction = true;
        _pos += afterMarker;
        Ignore();
        _parenDepth = 0;
        return EmitItem(delim);
    }

    private State LexComment()
    {
        _pos += LeftComment.Length;
        int x = _pos <= _end ? _input.IndexOf(RightComment, _pos, _end - _pos, StringComparison.Ordinal) : -1;
        if (x < 0)
        {
            return Errorf(TemplateErrors.UnclosedComment);
        }

        _pos = x + RightComment.Length;
        var (delim, trimSpace) = AtRightDelim();
        if (!delim)
        {
            return Errorf(TemplateErrors.CommentEndsBeforeDelimiter);
        }

        _line += CountNewlines(_start, _pos);
        var comment = ThisItem(TokenKind.Comment);
        if (trimSpace)
        {
            _pos += TrimMarkerLength;
        }

        _pos += _rightDelim.Length;
        if (trimSpace)
        {
            _pos += LeftTrimLength(_pos);
        }

        Ignore();
        return _emitComments ? EmitItem(comment) : State.Text;
    }

    private State LexRightDelim()
    {
        var (_, trimSpace) = AtRightDelim();
        if (trimSpace)
        {
            _pos += TrimMarkerLength;
            Ignore();
        }

        _pos += _rightDelim.Length;
        var delim = ThisItem(TokenKind.RightDelim);
        if (trimSpace)
        {
            _pos += LeftTrimLength(_pos);
            Ignore();
        }

        _insideAction = false;
        return EmitItem(delim);
    }

    private State LexInsideAction()
    {
        var (delim, _) = AtRightDelim();
        if (delim)
        {
            return _parenDepth == 0 ? State.RightDelim : Errorf(TemplateErrors.UnclosedLeftParen);
        }

        int r = Next();
        switch (r)
        {
            case Eof:
                return Errorf(TemplateErrors.UnclosedAction);
            case ' ' or '\t' or '\r' or '\n':
                Backup();
                return State.Space;
            case '=':
                return Emit(TokenKind.Assign);
            case ':':
                if (Next() != '=')
                {
                    return Errorf(TemplateErrors.ExpectedDeclare);
                }

                return Emit(TokenKind.Declare);
            case '|':
                return Emit(TokenKind.Pipe);
            case '"':
                return State.Quote;
            case '`':
                return State.RawQuote;
            case '$':
                return State.Variable;
            case '\'':
                return State.Char;
            case '.':
                if (_pos < _end)
                {
                    char c = _input[_pos];
                    if (c < '0' || c > '9')
                    {
                        return State.Field;
                    }
                }

                Backup();
                return State.Number;
            case '+' or '-' or (>= '0' and <= '9'):
                Backup();
                return State.Number;
            case '(':
                _parenDepth++;
                return Emit(TokenKind.LeftParen);
            case ')':
                _parenDepth--;
                if (_parenDepth < 0)
                {
                    return Errorf(TemplateErrors.UnexpectedRightParen);
                }

                return Emit(TokenKind.RightParen);
        }

        if (IsAlphaNumeric(r))
        {
            Backup();
            return State.Identifier;
        }

        if (r < 0x80 && GoQuoting.IsPrint(r))
        {
            return Emit(TokenKind.Char);
        }

        return Errorf(TemplateErrors.UnrecognizedCharacter, GoQuoting.FormatUnicode(r));
    }

    private State LexSpace()
    {
        int numSpaces = 0;
        while (IsSpace(Peek()))
        {
            Next();
            numSpaces++;
        }

        // A trim-marked right delimiter starts with a space: leave " -}}" for the delimiter.
        if (HasRightTrimMarker(_pos - 1) && StartsWith(_pos - 1 + TrimMarkerLength, _rightDelim))
        {
            Backup();
            if (numSpaces == 1)
            {
                return State.RightDelim;
            }
        }

        return Emit(TokenKind.Space);
    }

    private State LexIdentifier()
    {
        while (true)
        {
            int r = Next();
            if (IsAlphaNumeric(r))
            {
                continue;
            }

            Backup();
            if (!AtTerminator())
            {
                return Errorf(TemplateErrors.BadCharacter, GoQuoting.FormatUnicode(r));
            }

            string word = _input[_start.._pos];
            var keyword = KeywordKind(word);
            if (keyword != TokenKind.Error)
            {
                if ((keyword == TokenKind.Break && !_breakOk) || (keyword == TokenKind.Continue && !_continueOk))
                {
                    return Emit(TokenKind.Identifier);
                }

                return Emit(keyword);
            }

            if (word[0] == '.')
            {
                return Emit(TokenKind.Field);
            }

            return word is "true" or "false" ? Emit(TokenKind.Bool) : Emit(TokenKind.Identifier);
        }
    }

    private State LexVariable()
    {
        if (AtTerminator())
        {
            return Emit(TokenKind.Variable);
        }

        return LexFieldOrVariable(TokenKind.Variable);
    }

    private State LexFieldOrVariable(TokenKind kind)
    {
        if (AtTerminator())
        {
            return Emit(kind == TokenKind.Variable ? TokenKind.Variable : TokenKind.Dot);
        }

        int r;
        while (true)
        {
            r = Next();
            if (!IsAlphaNumeric(r))
            {
                Backup();
                break;
            }
        }

        if (!AtTerminator())
        {
            return Errorf(TemplateErrors.BadCharacter, GoQuoting.FormatUnicode(r));
        }

        return Emit(kind);
    }

    private State LexChar()
    {
        while (true)
        {
            int r = Next();
            if (r == '\\')
            {
                r = Next();
                if (r != Eof && r != '\n')
                {
                    continue;
                }

                return Errorf(TemplateErrors.UnterminatedCharacter);
            }

            if (r is Eof or '\n')
            {
                return Errorf(TemplateErrors.UnterminatedCharacter);
            }

            if (r == '\'')
            {
                return Emit(TokenKind.CharConstant);
            }
        }
    }

    private State LexNumber()
    {
        if (!ScanNumber())
        {
            return Errorf(TemplateErrors.BadNumberSyntax, GoQuoting.Quote(_input[_start.._pos]));
        }

        int sign = Peek();
        if (sign is '+' or '-')
        {
            // Complex: 1+2i. No spaces, must end in 'i'.
            if (!ScanNumber() || _input[_pos - 1] != 'i')
            {
                return Errorf(TemplateErrors.BadNumberSyntax, GoQuoting.Quote(_input[_start.._pos]));
            }

            return Emit(TokenKind.Complex);
        }

        return Emit(TokenKind.Number);
    }

    private bool ScanNumber()
    {
        Accept("+-");
        string digits = "0123456789_";
        if (Accept("0"))
        {
            // A leading 0 does not mean octal in floats.
            if (Accept("xX"))
            {
                digits = "0123456789abcdefABCDEF_";
            }
            else if (Accept("oO"))
            {
                digits = "01234567_";
            }
            else if (Accept("bB"))
            {
                digits = "01_";
            }
        }

        AcceptRun(digits);
        if (Accept("."))
        {
            AcceptRun(digits);
        }

        if (digits.Length == 10 + 1 && Accept("eE"))
        {
            Accept("+-");
            AcceptRun("0123456789_");
        }

        if (digits.Length == 16 + 6 + 1 && Accept("pP"))
        {
            Accept("+-");
            AcceptRun("0123456789_");
        }

        Accept("i");
        if (IsAlphaNumeric(Peek()))
        {
            Next();
            return false;
        }

        return true;
    }

    private State LexQuote()
    {
        while (true)
        {
            int r = Next();
            if (r == '\\')
            {
                r = Next();
                if (r != Eof && r != '\n')
                {
                    continue;
                }

                return Errorf(TemplateErrors.UnterminatedString);
            }

            if (r is Eof or '\n')
            {
                return Errorf(TemplateErrors.UnterminatedString);
            }

            if (r == '"')
            {
                return Emit(TokenKind.String);
            }
        }
    }

    private State LexRawQuote()
    {
        while (true)
        {
            int r = Next();
            if (r == Eof)
            {
                return Errorf(TemplateErrors.UnterminatedRawString);
            }

            if (r == '`')
            {
                return Emit(TokenKind.RawString);
            }
        }
    }

    private static TokenKind KeywordKind(string word) => word switch
    {
        "." => TokenKind.Dot,
        "block" => TokenKind.Block,
        "break" => TokenKind.Break,
        "continue" => TokenKind.Continue,
        "define" => TokenKind.Define,
        "else" => TokenKind.Else,
        "end" => TokenKind.End,
        "if" => TokenKind.If,
        "range" => TokenKind.Range,
        "nil" => TokenKind.Nil,
        "template" => TokenKind.Template,
        "with" => TokenKind.With,
        _ => TokenKind.Error,
    };
}
