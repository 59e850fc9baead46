using System.Text;
using Bosun.Core.Diagnostics;
using Bosun.Templating.Diagnostics;
using Bosun.Templating.Syntax;

namespace Bosun.Templating.Lexing;

/// <summary>
/// Go's text/template lexer (parse/lex.go), pulled one item at a time by the parser. Trim markers
/// (<c>{{- </c>, <c> -}}</c>) and comments are handled here, exactly as Go does; positions are offsets
/// into the source string and lines are counted as Go counts them.
/// </summary>
public sealed partial class Lexer
{
    private const int Eof = -1;
    private const string LeftComment = "/*";
    private const string RightComment = "*/";
    private const int TrimMarkerLength = 2;

    private readonly string _input;
    private readonly string _leftDelim;
    private readonly string _rightDelim;
    private readonly bool _emitComments;
    private readonly bool _breakOk;
    private readonly bool _continueOk;

    private int _end;
    private int _pos;
    private int _start;
    private bool _atEof;
    private int _parenDepth;
    private int _line = 1;
    private int _startLine = 1;
    private Token _item;
    private bool _insideAction;
    private DiagnosticDescriptor? _errorDescriptor;
    private string? _errorArgument;

    /// <summary>Creates a lexer; empty delimiters mean the defaults <c>{{</c> and <c>}}</c>.</summary>
    public Lexer(string input, string leftDelim = "{{", string rightDelim = "}}", bool emitComments = false, bool breakOk = true, bool continueOk = true)
    {
        _input = input;
        _end = input.Length;
        _leftDelim = string.IsNullOrEmpty(leftDelim) ? "{{" : leftDelim;
        _rightDelim = string.IsNullOrEmpty(rightDelim) ? "}}" : rightDelim;
        _emitComments = emitComments;
        _breakOk = breakOk;
        _continueOk = continueOk;
    }

    private enum State
    {
        Done,
        Text,
        LeftDelim,
        Comment,
        RightDelim,
        InsideAction,
        Space,
        Identifier,
        Field,
        Variable,
        Char,
        Number,
        Quote,
        RawQuote,
    }

    /// <summary>Lexes the whole input (for tests and tools): every item up to and including EOF or the first error.</summary>
    public static List<Token> Tokenize(string input, string leftDelim = "{{", string rightDelim = "}}", bool emitComments = false)
    {
        var lexer = new Lexer(input, leftDelim, rightDelim, emitComments);
        var tokens = new List<Token>();
        while (true)
        {
            var token = lexer.NextToken();
            tokens.Add(token);
            if (token.Kind is TokenKind.EndOfFile or TokenKind.Error)
            {
                return tokens;
            }
        }
    }

    /// <summary>Returns the next item; after EOF or an error, EOF forever.</summary>
    public Token NextToken()
    {
        _item = new Token(TokenKind.EndOfFile, _pos, "EOF", _startLine);
        var state = _insideAction ? State.InsideAction : State.Text;
        while (state != State.Done)
        {
            state = state switch
            {
                State.Text => LexText(),
                State.LeftDelim => LexLeftDelim(),
                State.Comment => LexComment(),
                State.RightDelim => LexRightDelim(),
                State.InsideAction => LexInsideAction(),
                State.Space => LexSpace(),
                State.Identifier => LexIdentifier(),
                State.Field => LexFieldOrVariable(TokenKind.Field),
                State.Variable => LexVariable(),
                State.Char => LexChar(),
                State.Number => LexNumber(),
                State.Quote => LexQuote(),
                State.RawQuote => LexRawQuote(),
                _ => State.Done,
            };
        }

        return _item;
    }

    private static bool IsSpace(int r) => r is ' ' or '\t' or '\r' or '\n';

    private static bool IsAlphaNumeric(int r)
    {
        if (r < 0x80)
        {
            return r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9');
        }

        if (r > 0x10FFFF || r is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }

        var rune = new Rune(r);
        return Rune.IsLetter(rune) || Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.DecimalDigitNumber;
    }

    private int Next()
    {
        if (_pos >= _end)
        {
            _atEof = true;
            return Eof;
        }

        char c = _input[_pos];
        int r = c;
        int width = 1;
        if (char.IsHighSurrogate(c) && _pos + 1 < _end && char.IsLowSurrogate(_input[_pos + 1]))
        {
            r = char.ConvertToUtf32(c, _input[_pos + 1]);
            width = 2;
        }
        else if (char.IsSurrogate(c))
        {
            r = 0xFFFD;
        }

        _pos += width;
        if (r == '\n')
        {
            _line++;
        }

        return r;
    }

    private int Peek()
    {
        int r = Next();
        Backup();
        return r;
    }

    private void Backup()
    {
        if (_atEof || _pos <= 0)
        {
            return;
        }

        char c = _input[_pos - 1];
        if (char.IsLowSurrogate(c) && _pos >= 2 && char.IsHighSurrogate(_input[_pos - 2]))
        {
            _pos -= 2;
            return;
        }

        _pos--;
        if (c == '\n')
        {
            _line--;
        }
    }

    private Token ThisItem(TokenKind kind)
    {
        var token = new Token(kind, _start, _input[_start.._pos], _startLine);
        _start = _pos;
        _startLine = _line;
        return token;
    }

    private State Emit(TokenKind kind) => EmitItem(ThisItem(kind));

    private State EmitItem(Token token)
    {
        _item = token;
        return State.Done;
    }

    private void Ignore()
    {
        _line += CountNewlines(_start, _pos);
        _start = _pos;
        _startLine = _line;
    }

    private bool Accept(string valid)
    {
        int r = Next();
        if (r >= 0 && valid.Contains((char)r, StringComparison.Ordinal) && r < 0x10000)
        {
            return true;
        }

        Backup();
        return false;
    }

    private void AcceptRun(string valid)
    {
        while (true)
        {
            int r = Next();
            if (r < 0 || r >= 0x10000 || !valid.Contains((char)r, StringComparison.Ordinal))
            {
                break;
            }
        }

        Backup();
    }

    /// <summary>The catalog entry of the error item, once one was produced.</summary>
    public DiagnosticDescriptor? ErrorDescriptor => _errorDescriptor;

    /// <summary>The variable part of the error message (a character or literal), if any.</summary>
    public string? ErrorArgument => _errorArgument;

    private State Errorf(DiagnosticDescriptor descriptor, string? argument = null)
    {
        _errorDescriptor = descriptor;
        _errorArgument = argument;
        string message = argument is null ? descriptor.Create(string.Empty).Message : descriptor.Create(argument, string.Empty).Message;
        _item = new Token(TokenKind.Error, _start, message, _startLine);
        _start = 0;
        _pos = 0;
        _end = 0;
        return State.Done;
    }

    private int CountNewlines(int from, int to)
    {
        int count = 0;
        for (int i = from; i < to; i++)
        {
            if (_input[i] == '\n')
            {
                count++;
            }
        }

        return count;
    }

    private bool StartsWith(int index, string value) =>
        index <= _end && _end - index >= value.Length && string.CompareOrdinal(_input, index, value, 0, value.Length) == 0;

    private bool HasLeftTrimMarker(int index) =>
        _end - index >= 2 && _input[index] == '-' && IsSpace(_input[index + 1]);

    private bool HasRightTrimMarker(int index) =>
        _end - index >= 2 && IsSpace(_input[index]) && _input[index + 1] == '-';

    private int RightTrimLength(int from, int to)
    {
        int i = to;
        while (i > from && IsSpace(_input[i - 1]))
        {
            i--;
        }

        return to - i;
    }

    private int LeftTrimLength(int from)
    {
        int i = from;
        while (i < _end && IsSpace(_input[i]))
        {
            i++;
        }

        return i - from;
    }

    private (bool Delim, bool TrimSpaces) AtRightDelim()
    {
        if (HasRightTrimMarker(_pos) && StartsWith(_pos + TrimMarkerLength, _rightDelim))
        {
            return (true, true);
        }

        if (StartsWith(_pos, _rightDelim))
        {
            return (true, false);
        }

        return (false, false);
    }

    private bool AtTerminator()
    {
        int r = Peek();
        if (IsSpace(r))
        {
            return true;
        }

        switch (r)
        {
            case Eof:
            case '.':
            case ',':
            case '|':
            case ':':
            case ')':
            case '(':
                return true;
        }

        return StartsWith(_pos, _rightDelim);
    }
}
