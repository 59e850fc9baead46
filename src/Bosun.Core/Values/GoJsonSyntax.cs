namespace Bosun.Core.Values;

/// <summary>
/// encoding/json's validity scanner (checkValid): the same state machine over UTF-8 bytes, so syntax errors
/// carry Go's exact text (<c>invalid character 'x' looking for beginning of value</c>,
/// <c>unexpected end of JSON input</c>, …).
/// </summary>
internal static class GoJsonSyntax
{
    private const int MaxNestingDepth = 10000;

    private enum Step
    {
        BeginValue,
        BeginValueOrEmpty,
        BeginStringOrEmpty,
        BeginString,
        EndValue,
        EndTop,
        InString,
        InStringEsc,
        InStringEscU,
        InStringEscU1,
        InStringEscU12,
        InStringEscU123,
        Neg,
        One,
        Zero,
        Dot,
        Dot0,
        E,
        ESign,
        E0,
        T,
        Tr,
        Tru,
        F,
        Fa,
        Fal,
        Fals,
        N,
        Nu,
        Nul,
    }

    private enum Parse
    {
        ObjectKey,
        ObjectValue,
        ArrayValue,
    }

    /// <summary>Null when valid, else Go's SyntaxError message.</summary>
    public static string? Check(ReadOnlySpan<byte> data)
    {
        var state = new Scanner();
        foreach (byte c in data)
        {
            if (!state.StepByte(c))
            {
                return state.Error;
            }
        }

        return state.Eof();
    }

    /// <summary>
    /// json.Decoder's readValue: the index just past the first JSON value at or after <paramref name="start"/>
    /// (leading whitespace skipped; a number or literal ends at the first character that cannot continue it),
    /// or -1 when the text holds no complete, valid value there. Non-ASCII characters can only stand inside
    /// strings, so each is stepped as one non-ASCII byte.
    /// </summary>
    public static int ValueEnd(string text, int start)
    {
        var state = new Scanner();
        for (int i = start; i < text.Length; i++)
        {
            char ch = text[i];
            bool ok = state.StepByte(ch < 0x80 ? (byte)ch : (byte)0x80);
            if (state.IsEndTop)
            {
                // A closing bracket ends the value it belongs to; any other byte ends the value before it.
                return ch is ']' or '}' && state.Error is null ? i + 1 : i;
            }

            if (!ok)
            {
                return -1;
            }
        }

        return state.Eof() is null ? text.Length : -1;
    }

    private sealed class Scanner
    {
        private readonly List<Parse> _parseState = new();
        private Step _step = Step.BeginValue;
        private bool _endTop;

        public string? Error { get; private set; }

        /// <summary>The top-level value is complete (Go's scanner endTop).</summary>
        public bool IsEndTop => _endTop;

        public string? Eof()
        {
            if (Error is not null)
            {
                return Error;
            }

            if (_endTop)
            {
                return null;
            }

            StepByte((byte)' ');
            if (_endTop)
            {
                return null;
            }

            return Error ?? "unexpected end of JSON input";
        }

        private bool Fail(byte c, string context)
        {
            Error = "invalid character " + QuoteChar(c) + " " + context;
            return false;
        }

        private static bool IsSpace(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

        private static bool IsHex(byte c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

        private bool Push(byte c, Parse p)
        {
            _parseState.Add(p);
            return _parseState.Count <= MaxNestingDepth || Fail(c, "exceeded max depth");
        }

        private void Pop()
        {
            _parseState.RemoveAt(_parseState.Count - 1);
            if (_parseState.Count == 0)
            {
                _step = Step.EndTop;
                _endTop = true;
            }
            else
            {
                _step = Step.EndValue;
            }
        }

        /// <summary>Feeds one byte; false on error.</summary>
        public bool StepByte(byte c)
        {
            if (Error is not null)
            {
                return false;
            }

            switch (_step)
            {
                case Step.BeginValueOrEmpty:
                    if (IsSpace(c))
                    {
                        return true;
                    }

                    if (c == ']')
                    {
                        return EndValue(c);
                    }

                    return BeginValue(c);
                case Step.BeginValue:
                    return BeginValue(c);
                case Step.BeginStringOrEmpty:
                    if (IsSpace(c))
                    {
                        return true;
                    }

                    if (c == '}')
                    {
                        _parseState[^1] = Parse.ObjectValue;
                        return EndValue(c);
                    }

                    return BeginString(c);
                case Step.BeginString:
                    return BeginString(c);
                case Step.EndValue:
                    return EndValue(c);
                case Step.EndTop:
                    return EndTop(c);
                case Step.InString:
                    if (c == '"')
                    {
                        _step = Step.EndValue;
                        return true;
                    }

                    if (c == '\\')
                    {
                        _step = Step.InStringEsc;
                        return true;
                    }

                    return c >= 0x20 || Fail(c, "in string literal");
                case Step.InStringEsc:
                    switch (c)
                    {
                        case (byte)'b':
                        case (byte)'f':
                        case (byte)'n':
                        case (byte)'r':
                        case (byte)'t':
                        case (byte)'\\':
                        case (byte)'/':
                        case (byte)'"':
                            _step = Step.InString;
                            return true;
                        case (byte)'u':
                            _step = Step.InStringEscU;
                            return true;
                    }

                    return Fail(c, "in string escape code");
                case Step.InStringEscU:
                case Step.InStringEscU1:
                case Step.InStringEscU12:
                case Step.InStringEscU123:
                    if (IsHex(c))
                    {
                        _step = _step == Step.InStringEscU123 ? Step.InString : _step + 1;
                        return true;
                    }

                    return Fail(c, "in \\u hexadecimal character escape");
                case Step.Neg:
                    if (c == '0')
                    {
                        _step = Step.Zero;
                        return true;
                    }

                    if (c >= '1' && c <= '9')
                    {
                        _step = Step.One;
                        return true;
                    }

                    return Fail(c, "in numeric literal");
                case Step.One:
                    if (c >= '0' && c <= '9')
                    {
                        return true;
                    }

                    return Zero(c);
                case Step.Zero:
                    return Zero(c);
                case Step.Dot:
                    if (c >= '0' && c <= '9')
                    {
                        _step = Step.Dot0;
                        return true;
                    }

                    return Fail(c, "after decimal point in numeric literal");
                case Step.Dot0:
                    if (c >= '0' && c <= '9')
                    {
                        return true;
                    }

                    if (c is (byte)'e' or (byte)'E')
                    {
                        _step = Step.E;
                        return true;
                    }

                    return EndValue(c);
                case Step.E:
                    if (c is (byte)'+' or (byte)'-')
                    {
                        _step = Step.ESign;
                        return true;
                    }

                    return ESign(c);
                case Step.ESign:
                    return ESign(c);
                case Step.E0:
                    if (c >= '0' && c <= '9')
                    {
                        return true;
                    }

                    return EndValue(c);
                case Step.T:
                    return Literal(c, 'r', Step.Tr, "in literal true (expecting 'r')");
                case Step.Tr:
                    return Literal(c, 'u', Step.Tru, "in literal true (expecting 'u')");
                case Step.Tru:
                    return Literal(c, 'e', Step.EndValue, "in literal true (expecting 'e')");
                case Step.F:
                    return Literal(c, 'a', Step.Fa, "in literal false (expecting 'a')");
                case Step.Fa:
                    return Literal(c, 'l', Step.Fal, "in literal false (expecting 'l')");
                case Step.Fal:
                    return Literal(c, 's', Step.Fals, "in literal false (expecting 's')");
                case Step.Fals:
                    return Literal(c, 'e', Step.EndValue, "in literal false (expecting 'e')");
                case Step.N:
                    return Literal(c, 'u', Step.Nu, "in literal null (expecting 'u')");
                case Step.Nu:
                    return Literal(c, 'l', Step.Nul, "in literal null (expecting 'l')");
                case Step.Nul:
                    return Literal(c, 'l', Step.EndValue, "in literal null (expecting 'l')");
                default:
                    return false;
            }
        }

        private bool Literal(byte c, char expected, Step next, string context)
        {
            if (c == expected)
            {
                _step = next;
                return true;
            }

            return Fail(c, context);
        }

        private bool BeginValue(byte c)
        {
            if (IsSpace(c))
            {
                return true;
            }

            switch (c)
            {
                case (byte)'{':
                    _step = Step.BeginStringOrEmpty;
                    return Push(c, Parse.ObjectKey);
                case (byte)'[':
                    _step = Step.BeginValueOrEmpty;
                    return Push(c, Parse.ArrayValue);
                case (byte)'"':
                    _step = Step.InString;
                    return true;
                case (byte)'-':
                    _step = Step.Neg;
                    return true;
                case (byte)'0':
                    _step = Step.Zero;
                    return true;
                case (byte)'t':
                    _step = Step.T;
                    return true;
                case (byte)'f':
                    _step = Step.F;
                    return true;
                case (byte)'n':
                    _step = Step.N;
                    return true;
            }

            if (c >= '1' && c <= '9')
            {
                _step = Step.One;
                return true;
            }

            return Fail(c, "looking for beginning of value");
        }

        private bool BeginString(byte c)
        {
            if (IsSpace(c))
            {
                return true;
            }

            if (c == '"')
            {
                _step = Step.InString;
                return true;
            }

            return Fail(c, "looking for beginning of object key string");
        }

        private bool EndValue(byte c)
        {
            int n = _parseState.Count;
            if (n == 0)
            {
                _step = Step.EndTop;
                _endTop = true;
                return EndTop(c);
            }

            if (IsSpace(c))
            {
                _step = Step.EndValue;
                return true;
            }

            switch (_parseState[n - 1])
            {
                case Parse.ObjectKey:
                    if (c == ':')
                    {
                        _parseState[n - 1] = Parse.ObjectValue;
                        _step = Step.BeginValue;
                        return true;
                    }

                    return Fail(c, "after object key");
                case Parse.ObjectValue:
                    if (c == ',')
                    {
                        _parseState[n - 1] = Parse.ObjectKey;
                        _step = Step.BeginString;
                        return true;
                    }

                    if (c == '}')
                    {
                        Pop();
                        return true;
                    }

                    return Fail(c, "after object key:value pair");
                default:
                    if (c == ',')
                    {
                        _step = Step.BeginValue;
                        return true;
                    }

                    if (c == ']')
                    {
                        Pop();
                        return true;
                    }

                    return Fail(c, "after array element");
            }
        }

        private bool EndTop(byte c)
        {
            if (!IsSpace(c))
            {
                Fail(c, "after top-level value");
                return false;
            }

            return true;
        }

        private bool Zero(byte c)
        {
            if (c == '.')
            {
                _step = Step.Dot;
                return true;
            }

            if (c is (byte)'e' or (byte)'E')
            {
                _step = Step.E;
                return true;
            }

            return EndValue(c);
        }

        private bool ESign(byte c)
        {
            if (c >= '0' && c <= '9')
            {
                _step = Step.E0;
                return true;
            }

            return Fail(c, "in exponent of numeric literal");
        }
    }

    /// <summary>encoding/json's quoteChar for a byte.</summary>
    public static string QuoteChar(byte c)
    {
        if (c == '\'')
        {
            return @"'\''";
        }

        if (c == '"')
        {
            return "'\"'";
        }

        string q = GoJsonQuote.Quote(((char)c).ToString());
        return "'" + q[1..^1] + "'";
    }
}
