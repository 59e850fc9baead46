namespace Bosun.Core.Yaml.Syntax;

/// <summary>
/// libyaml's scanner as go-yaml v2 (<c>go.yaml.in/yaml/v2</c> 2.4.x, <c>sigs.k8s.io/yaml/goyaml.v2</c>) runs it:
/// the same token queue, simple-key bookkeeping, indentation stack, scalar folding rules and error texts.
/// Errors are thrown as <see cref="YamlSyntaxException"/>.
/// </summary>
internal sealed partial class YamlScanner
{
    private const int MaxFlowLevel = 10000;
    private const int MaxIndents = 10000;

    private int _markIndex;
    private int _markLine;
    private int _markColumn;
    private int _markOffset;

    private bool _streamStartProduced;
    private bool _streamEndProduced;
    private int _flowLevel;

    private readonly List<YamlToken> _tokens = new();
    private int _tokensHead;
    private int _tokensParsed;
    private bool _tokenAvailable;

    private int _indent;
    private readonly List<int> _indents = new();

    private bool _simpleKeyAllowed;
    private readonly List<SimpleKey> _simpleKeys = new();
    private readonly Dictionary<int, int> _simpleKeysByToken = new();

    public YamlScanner(byte[] input)
    {
        _input = input;
    }

    private struct SimpleKey
    {
        public bool Possible;
        public bool Required;
        public int TokenNumber;
        public YamlMark Mark;
    }

    public YamlMark Mark => new(_markIndex, _markLine, _markColumn, _markOffset);

    /// <summary>The next token without consuming it (libyaml <c>peek_token</c>).</summary>
    public YamlToken Peek()
    {
        if (!_tokenAvailable)
        {
            FetchMoreTokens();
        }

        return _tokens[_tokensHead];
    }

    /// <summary>Consumes the head token (libyaml <c>skip_token</c>).</summary>
    public void Skip()
    {
        _tokenAvailable = false;
        _tokensParsed++;
        _streamEndProduced = _tokens[_tokensHead].Kind == YamlTokenKind.StreamEnd;
        _tokensHead++;
    }

    public bool StreamEndProduced => _streamEndProduced;

    private YamlSyntaxException ScannerError(string? context, YamlMark contextMark, string problem) =>
        new(YamlErrorKind.Scanner, problem, Mark, context, contextMark);

    // ---- character classes over the working buffer ----

    private byte B(int k = 0) => _buffer[_bufferPos + k];

    private static bool IsAlpha(byte b) =>
        (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || b == '_' || b == '-';

    private bool IsAlphaAt(int k = 0) => IsAlpha(B(k));

    private bool IsDigitAt(int k = 0) => B(k) >= '0' && B(k) <= '9';

    private bool IsHexAt(int k)
    {
        byte b = B(k);
        return (b >= '0' && b <= '9') || (b >= 'A' && b <= 'F') || (b >= 'a' && b <= 'f');
    }

    private int AsHexAt(int k)
    {
        byte b = B(k);
        if (b >= 'A' && b <= 'F')
        {
            return b - 'A' + 10;
        }

        if (b >= 'a' && b <= 'f')
        {
            return b - 'a' + 10;
        }

        return b - '0';
    }

    private bool IsZAt(int k = 0) => B(k) == 0;

    private bool IsSpaceAt(int k = 0) => B(k) == ' ';

    private bool IsTabAt(int k = 0) => B(k) == '\t';

    private bool IsBlankAt(int k = 0) => B(k) is (byte)' ' or (byte)'\t';

    private bool IsBreakAt(int k = 0)
    {
        byte b = B(k);
        return b == '\r' || b == '\n'
            || (b == 0xC2 && B(k + 1) == 0x85)
            || (b == 0xE2 && B(k + 1) == 0x80 && (B(k + 2) == 0xA8 || B(k + 2) == 0xA9));
    }

    private bool IsCrlfAt(int k = 0) => B(k) == '\r' && B(k + 1) == '\n';

    private bool IsBreakzAt(int k = 0) => IsBreakAt(k) || B(k) == 0;

    private bool IsBlankzAt(int k = 0) => IsBlankAt(k) || IsBreakzAt(k);

    // go-yaml's is_bom looks at the start of the buffer, not at the position (a libyaml port slip); kept.
    private bool IsBomQuirk() => _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF;

    internal static int Width(byte b)
    {
        if ((b & 0x80) == 0x00)
        {
            return 1;
        }

        if ((b & 0xE0) == 0xC0)
        {
            return 2;
        }

        if ((b & 0xF0) == 0xE0)
        {
            return 3;
        }

        if ((b & 0xF8) == 0xF0)
        {
            return 4;
        }

        return 0;
    }

    // ---- cursor movement ----

    private void SkipChar()
    {
        int w = Width(_buffer[_bufferPos]);
        _markIndex++;
        _markColumn++;
        _markOffset += w == 4 ? 2 : 1;
        _unread--;
        _bufferPos += w;
    }

    private void SkipLine()
    {
        if (IsCrlfAt())
        {
            _markIndex += 2;
            _markColumn = 0;
            _markLine++;
            _markOffset += 2;
            _unread -= 2;
            _bufferPos += 2;
        }
        else if (IsBreakAt())
        {
            _markIndex++;
            _markColumn = 0;
            _markLine++;
            _markOffset++;
            _unread--;
            _bufferPos += Width(_buffer[_bufferPos]);
        }
    }

    private void ReadChar(ByteBuilder s)
    {
        int w = Width(_buffer[_bufferPos]);
        if (w == 0)
        {
            throw new InvalidOperationException("invalid character sequence");
        }

        s.Append(_buffer.AsSpan(_bufferPos, w));
        _bufferPos += w;
        _markIndex++;
        _markColumn++;
        _markOffset += w == 4 ? 2 : 1;
        _unread--;
    }

    private void ReadLine(ByteBuilder s)
    {
        byte b0 = B();
        if (b0 == '\r' && B(1) == '\n')
        {
            s.Append((byte)'\n');
            _bufferPos += 2;
            _markIndex++;
            _markOffset++;
            _unread--;
        }
        else if (b0 == '\r' || b0 == '\n')
        {
            s.Append((byte)'\n');
            _bufferPos += 1;
        }
        else if (b0 == 0xC2 && B(1) == 0x85)
        {
            s.Append((byte)'\n');
            _bufferPos += 2;
        }
        else if (b0 == 0xE2 && B(1) == 0x80 && (B(2) == 0xA8 || B(2) == 0xA9))
        {
            s.Append(_buffer.AsSpan(_bufferPos, 3));
            _bufferPos += 3;
        }
        else
        {
            return;
        }

        _markIndex++;
        _markColumn = 0;
        _markLine++;
        _markOffset++;
        _unread--;
    }

    // ---- the token queue ----

    private void InsertToken(int pos, YamlToken token)
    {
        if (pos < 0)
        {
            _tokens.Add(token);
            return;
        }

        _tokens.Insert(_tokensHead + pos, token);
    }

    private void FetchMoreTokens()
    {
        while (true)
        {
            if (_tokensHead != _tokens.Count)
            {
                if (!_simpleKeysByToken.TryGetValue(_tokensParsed, out int headIndex))
                {
                    break;
                }

                var key = _simpleKeys[headIndex];
                bool valid = SimpleKeyIsValid(ref key);
                _simpleKeys[headIndex] = key;
                if (!valid)
                {
                    break;
                }
            }

            FetchNextToken();
        }

        // Drop consumed tokens now and then to keep the queue short.
        if (_tokensHead > 64 && _tokensHead * 2 > _tokens.Count)
        {
            _tokens.RemoveRange(0, _tokensHead);
            _tokensHead = 0;
        }

        _tokenAvailable = true;
    }

    private void FetchNextToken()
    {
        Cache(1);
        if (!_streamStartProduced)
        {
            FetchStreamStart();
            return;
        }

        ScanToNextToken();
        UnrollIndent(_markColumn);
        Cache(4);

        if (IsZAt())
        {
            FetchStreamEnd();
            return;
        }

        byte c = B();
        if (_markColumn == 0 && c == '%')
        {
            FetchDirective();
            return;
        }

        if (_markColumn == 0 && c == '-' && B(1) == '-' && B(2) == '-' && IsBlankzAt(3))
        {
            FetchDocumentIndicator(YamlTokenKind.DocumentStart);
            return;
        }

        if (_markColumn == 0 && c == '.' && B(1) == '.' && B(2) == '.' && IsBlankzAt(3))
        {
            FetchDocumentIndicator(YamlTokenKind.DocumentEnd);
            return;
        }

        switch (c)
        {
            case (byte)'[':
                FetchFlowCollectionStart(YamlTokenKind.FlowSequenceStart);
                return;
            case (byte)'{':
                FetchFlowCollectionStart(YamlTokenKind.FlowMappingStart);
                return;
            case (byte)']':
                FetchFlowCollectionEnd(YamlTokenKind.FlowSequenceEnd);
                return;
            case (byte)'}':
                FetchFlowCollectionEnd(YamlTokenKind.FlowMappingEnd);
                return;
            case (byte)',':
                FetchFlowEntry();
                return;
        }

        if (c == '-' && IsBlankzAt(1))
        {
            FetchBlockEntry();
            return;
        }

        if (c == '?' && (_flowLevel > 0 || IsBlankzAt(1)))
        {
            FetchKey();
            return;
        }

        if (c == ':' && (_flowLevel > 0 || IsBlankzAt(1)))
        {
            FetchValue();
            return;
        }

        switch (c)
        {
            case (byte)'*':
                FetchAnchor(YamlTokenKind.Alias);
                return;
            case (byte)'&':
                FetchAnchor(YamlTokenKind.Anchor);
                return;
            case (byte)'!':
                FetchTag();
                return;
            case (byte)'|' when _flowLevel == 0:
                FetchBlockScalar(literal: true);
                return;
            case (byte)'>' when _flowLevel == 0:
                FetchBlockScalar(literal: false);
                return;
            case (byte)'\'':
                FetchFlowScalar(single: true);
                return;
            case (byte)'"':
                FetchFlowScalar(single: false);
                return;
        }

        bool startsPlain = !(IsBlankzAt() || c is (byte)'-' or (byte)'?' or (byte)':' or (byte)',' or (byte)'['
                or (byte)']' or (byte)'{' or (byte)'}' or (byte)'#' or (byte)'&' or (byte)'*' or (byte)'!'
                or (byte)'|' or (byte)'>' or (byte)'\'' or (byte)'"' or (byte)'%' or (byte)'@' or (byte)'`')
            || (c == '-' && !IsBlankAt(1))
            || (_flowLevel == 0 && (c == '?' || c == ':') && !IsBlankzAt(1));
        if (startsPlain)
        {
            FetchPlainScalar();
            return;
        }

        throw ScannerError("while scanning for the next token", Mark, "found character that cannot start any token");
    }

    private bool SimpleKeyIsValid(ref SimpleKey key)
    {
        if (!key.Possible)
        {
            return false;
        }

        if (key.Mark.Line < _markLine || key.Mark.Index + 1024 < _markIndex)
        {
            if (key.Required)
            {
                throw ScannerError("while scanning a simple key", key.Mark, "could not find expected ':'");
            }

            key.Possible = false;
            return false;
        }

        return true;
    }

    private void SaveSimpleKey()
    {
        bool required = _flowLevel == 0 && _indent == _markColumn;
        if (_simpleKeyAllowed)
        {
            var key = new SimpleKey
            {
                Possible = true,
                Required = required,
                TokenNumber = _tokensParsed + (_tokens.Count - _tokensHead),
                Mark = Mark,
            };
            RemoveSimpleKey();
            _simpleKeys[^1] = key;
            _simpleKeysByToken[key.TokenNumber] = _simpleKeys.Count - 1;
        }
    }

    private void RemoveSimpleKey()
    {
        int i = _simpleKeys.Count - 1;
        var key = _simpleKeys[i];
        if (key.Possible)
        {
            if (key.Required)
            {
                throw ScannerError("while scanning a simple key", key.Mark, "could not find expected ':'");
            }

            key.Possible = false;
            _simpleKeys[i] = key;
            _simpleKeysByToken.Remove(key.TokenNumber);
        }
    }

    private void IncreaseFlowLevel()
    {
        _simpleKeys.Add(new SimpleKey
        {
            Possible = false,
            Required = false,
            TokenNumber = _tokensParsed + (_tokens.Count - _tokensHead),
            Mark = Mark,
        });
        _flowLevel++;
        if (_flowLevel > MaxFlowLevel)
        {
            throw ScannerError("while increasing flow level", _simpleKeys[^1].Mark, $"exceeded max depth of {MaxFlowLevel}");
        }
    }

    private void DecreaseFlowLevel()
    {
        if (_flowLevel > 0)
        {
            _flowLevel--;
            int last = _simpleKeys.Count - 1;
            _simpleKeysByToken.Remove(_simpleKeys[last].TokenNumber);
            _simpleKeys.RemoveAt(last);
        }
    }

    private void RollIndent(int column, int number, YamlTokenKind kind, YamlMark mark)
    {
        if (_flowLevel > 0)
        {
            return;
        }

        if (_indent < column)
        {
            _indents.Add(_indent);
            _indent = column;
            if (_indents.Count > MaxIndents)
            {
                throw ScannerError("while increasing indent level", _simpleKeys[^1].Mark, $"exceeded max depth of {MaxIndents}");
            }

            var token = new YamlToken { Kind = kind, Start = mark, End = mark };
            if (number > -1)
            {
                number -= _tokensParsed;
            }

            InsertToken(number, token);
        }
    }

    private void UnrollIndent(int column)
    {
        if (_flowLevel > 0)
        {
            return;
        }

        while (_indent > column)
        {
            var mark = Mark;
            InsertToken(-1, new YamlToken { Kind = YamlTokenKind.BlockEnd, Start = mark, End = mark });
            _indent = _indents[^1];
            _indents.RemoveAt(_indents.Count - 1);
        }
    }

    // ---- token fetchers ----

    private void FetchStreamStart()
    {
        _indent = -1;
        _simpleKeys.Add(default);
        _simpleKeyAllowed = true;
        _streamStartProduced = true;
        var mark = Mark;
        InsertToken(-1, new YamlToken { Kind = YamlTokenKind.StreamStart, Start = mark, End = mark });
    }

    private void FetchStreamEnd()
    {
        if (_markColumn != 0)
        {
            _markColumn = 0;
            _markLine++;
        }

        UnrollIndent(-1);
        RemoveSimpleKey();
        _simpleKeyAllowed = false;
        var mark = Mark;
        InsertToken(-1, new YamlToken { Kind = YamlTokenKind.StreamEnd, Start = mark, End = mark });
    }

    private void FetchDirective()
    {
        UnrollIndent(-1);
        RemoveSimpleKey();
        _simpleKeyAllowed = false;
        InsertToken(-1, ScanDirective());
    }

    private void FetchDocumentIndicator(YamlTokenKind kind)
    {
        UnrollIndent(-1);
        RemoveSimpleKey();
        _simpleKeyAllowed = false;
        var start = Mark;
        SkipChar();
        SkipChar();
        SkipChar();
        InsertToken(-1, new YamlToken { Kind = kind, Start = start, End = Mark });
    }

    private void FetchFlowCollectionStart(YamlTokenKind kind)
    {
        SaveSimpleKey();
        IncreaseFlowLevel();
        _simpleKeyAllowed = true;
        var start = Mark;
        SkipChar();
        InsertToken(-1, new YamlToken { Kind = kind, Start = start, End = Mark });
    }

    private void FetchFlowCollectionEnd(YamlTokenKind kind)
    {
        RemoveSimpleKey();
        DecreaseFlowLevel();
        _simpleKeyAllowed = false;
        var start = Mark;
        SkipChar();
        InsertToken(-1, new YamlToken { Kind = kind, Start = start, End = Mark });
    }

    private void FetchFlowEntry()
    {
        RemoveSimpleKey();
        _simpleKeyAllowed = true;
        var start = Mark;
        SkipChar();
        InsertToken(-1, new YamlToken { Kind = YamlTokenKind.FlowEntry, Start = start, End = Mark });
    }

    private void FetchBlockEntry()
    {
        if (_flowLevel == 0)
        {
            if (!_simpleKeyAllowed)
            {
                throw ScannerError(null, Mark, "block sequence entries are not allowed in this context");
            }

            RollIndent(_markColumn, -1, YamlTokenKind.BlockSequenceStart, Mark);
        }

        RemoveSimpleKey();
        _simpleKeyAllowed = true;
        var start = Mark;
        SkipChar();
        InsertToken(-1, new YamlToken { Kind = YamlTokenKind.BlockEntry, Start = start, End = Mark });
    }

    private void FetchKey()
    {
        if (_flowLevel == 0)
        {
            if (!_simpleKeyAllowed)
            {
                throw ScannerError(null, Mark, "mapping keys are not allowed in this context");
            }

            RollIndent(_markColumn, -1, YamlTokenKind.BlockMappingStart, Mark);
        }

        RemoveSimpleKey();
        _simpleKeyAllowed = _flowLevel == 0;
        var start = Mark;
        SkipChar();
        InsertToken(-1, new YamlToken { Kind = YamlTokenKind.Key, Start = start, End = Mark });
    }

    private void FetchValue()
    {
        int index = _simpleKeys.Count - 1;
        var key = _simpleKeys[index];
        bool valid = SimpleKeyIsValid(ref key);
        _simpleKeys[index] = key;
        if (valid)
        {
            InsertToken(key.TokenNumber - _tokensParsed, new YamlToken { Kind = YamlTokenKind.Key, Start = key.Mark, End = key.Mark });
            RollIndent(key.Mark.Column, key.TokenNumber, YamlTokenKind.BlockMappingStart, key.Mark);
            key.Possible = false;
            _simpleKeys[index] = key;
            _simpleKeysByToken.Remove(key.TokenNumber);
            _simpleKeyAllowed = false;
        }
        else
        {
            if (_flowLevel == 0)
            {
                if (!_simpleKeyAllowed)
                {
                    throw ScannerError(null, Mark, "mapping values are not allowed in this context");
                }

                RollIndent(_markColumn, -1, YamlTokenKind.BlockMappingStart, Mark);
            }

            _simpleKeyAllowed = _flowLevel == 0;
        }

        var start = Mark;
        SkipChar();
        InsertToken(-1, new YamlToken { Kind = YamlTokenKind.Value, Start = start, End = Mark });
    }

    private void FetchAnchor(YamlTokenKind kind)
    {
        SaveSimpleKey();
        _simpleKeyAllowed = false;
        InsertToken(-1, ScanAnchor(kind));
    }

    private void FetchTag()
    {
        SaveSimpleKey();
        _simpleKeyAllowed = false;
        InsertToken(-1, ScanTag());
    }

    private void FetchBlockScalar(bool literal)
    {
        RemoveSimpleKey();
        _simpleKeyAllowed = true;
        InsertToken(-1, ScanBlockScalar(literal));
    }

    private void FetchFlowScalar(bool single)
    {
        SaveSimpleKey();
        _simpleKeyAllowed = false;
        InsertToken(-1, ScanFlowScalar(single));
    }

    private void FetchPlainScalar()
    {
        SaveSimpleKey();
        _simpleKeyAllowed = false;
        InsertToken(-1, ScanPlainScalar());
    }

    private void ScanToNextToken()
    {
        while (true)
        {
            Cache(1);
            if (_markColumn == 0 && IsBomQuirk())
            {
                SkipChar();
            }

            Cache(1);
            while (B() == ' ' || ((_flowLevel > 0 || !_simpleKeyAllowed) && B() == '\t'))
            {
                SkipChar();
                Cache(1);
            }

            if (B() == '#')
            {
                while (!IsBreakzAt())
                {
                    SkipChar();
                    Cache(1);
                }
            }

            if (IsBreakAt())
            {
                Cache(2);
                SkipLine();
                if (_flowLevel == 0)
                {
                    _simpleKeyAllowed = true;
                }
            }
            else
            {
                break;
            }
        }
    }
}
