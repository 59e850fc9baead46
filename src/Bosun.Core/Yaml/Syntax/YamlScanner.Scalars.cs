namespace Bosun.Core.Yaml.Syntax;

/// <summary>Block, flow (quoted) and plain scalars with libyaml's folding rules.</summary>
internal sealed partial class YamlScanner
{
    private YamlToken ScanBlockScalar(bool literal)
    {
        var start = Mark;
        SkipChar();
        Cache(1);

        int chomping = 0;
        int increment = 0;
        if (B() is (byte)'+' or (byte)'-')
        {
            chomping = B() == '+' ? 1 : -1;
            SkipChar();
            Cache(1);
            if (IsDigitAt())
            {
                if (B() == '0')
                {
                    throw ScannerError("while scanning a block scalar", start, "found an indentation indicator equal to 0");
                }

                increment = B() - '0';
                SkipChar();
            }
        }
        else if (IsDigitAt())
        {
            if (B() == '0')
            {
                throw ScannerError("while scanning a block scalar", start, "found an indentation indicator equal to 0");
            }

            increment = B() - '0';
            SkipChar();
            Cache(1);
            if (B() is (byte)'+' or (byte)'-')
            {
                chomping = B() == '+' ? 1 : -1;
                SkipChar();
            }
        }

        Cache(1);
        while (IsBlankAt())
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

        if (!IsBreakzAt())
        {
            throw ScannerError("while scanning a block scalar", start, "did not find expected comment or line break");
        }

        if (IsBreakAt())
        {
            Cache(2);
            SkipLine();
        }

        var end = Mark;
        int indent = 0;
        if (increment > 0)
        {
            indent = _indent >= 0 ? _indent + increment : increment;
        }

        var s = new ByteBuilder();
        var leadingBreak = new ByteBuilder(8);
        var trailingBreaks = new ByteBuilder(8);

        ScanBlockScalarBreaks(ref indent, trailingBreaks, start, ref end);
        Cache(1);

        bool leadingBlank = false;
        while (_markColumn == indent && !IsZAt())
        {
            bool trailingBlank = IsBlankAt();
            if (!literal && !leadingBlank && !trailingBlank && leadingBreak.Length > 0 && leadingBreak[0] == '\n')
            {
                if (trailingBreaks.Length == 0)
                {
                    s.Append((byte)' ');
                }
            }
            else
            {
                s.Append(leadingBreak);
            }

            leadingBreak.Clear();
            s.Append(trailingBreaks);
            trailingBreaks.Clear();

            leadingBlank = IsBlankAt();
            while (!IsBreakzAt())
            {
                ReadChar(s);
                Cache(1);
            }

            Cache(2);
            ReadLine(leadingBreak);
            ScanBlockScalarBreaks(ref indent, trailingBreaks, start, ref end);
        }

        if (chomping != -1)
        {
            s.Append(leadingBreak);
        }

        if (chomping == 1)
        {
            s.Append(trailingBreaks);
        }

        return new YamlToken
        {
            Kind = YamlTokenKind.Scalar,
            Start = start,
            End = end,
            Value = s.ToArray(),
            Style = literal ? YamlScalarStyle.Literal : YamlScalarStyle.Folded,
        };
    }

    private void ScanBlockScalarBreaks(ref int indent, ByteBuilder breaks, YamlMark start, ref YamlMark end)
    {
        end = Mark;
        int maxIndent = 0;
        while (true)
        {
            Cache(1);
            while ((indent == 0 || _markColumn < indent) && IsSpaceAt())
            {
                SkipChar();
                Cache(1);
            }

            if (_markColumn > maxIndent)
            {
                maxIndent = _markColumn;
            }

            if ((indent == 0 || _markColumn < indent) && IsTabAt())
            {
                throw ScannerError("while scanning a block scalar", start, "found a tab character where an indentation space is expected");
            }

            if (!IsBreakAt())
            {
                break;
            }

            Cache(2);
            ReadLine(breaks);
            end = Mark;
        }

        if (indent == 0)
        {
            indent = maxIndent;
            if (indent < _indent + 1)
            {
                indent = _indent + 1;
            }

            if (indent < 1)
            {
                indent = 1;
            }
        }
    }

    private bool AtDocumentIndicator() =>
        _markColumn == 0
        && ((B() == '-' && B(1) == '-' && B(2) == '-') || (B() == '.' && B(1) == '.' && B(2) == '.'))
        && IsBlankzAt(3);

    private YamlToken ScanFlowScalar(bool single)
    {
        var start = Mark;
        SkipChar();

        var s = new ByteBuilder();
        var leadingBreak = new ByteBuilder(8);
        var trailingBreaks = new ByteBuilder(8);
        var whitespaces = new ByteBuilder(8);

        while (true)
        {
            Cache(4);
            if (AtDocumentIndicator())
            {
                throw ScannerError("while scanning a quoted scalar", start, "found unexpected document indicator");
            }

            if (IsZAt())
            {
                throw ScannerError("while scanning a quoted scalar", start, "found unexpected end of stream");
            }

            bool leadingBlanks = false;
            while (!IsBlankzAt())
            {
                if (single && B() == '\'' && B(1) == '\'')
                {
                    s.Append((byte)'\'');
                    SkipChar();
                    SkipChar();
                }
                else if (single && B() == '\'')
                {
                    break;
                }
                else if (!single && B() == '"')
                {
                    break;
                }
                else if (!single && B() == '\\' && IsBreakAt(1))
                {
                    Cache(3);
                    SkipChar();
                    SkipLine();
                    leadingBlanks = true;
                    break;
                }
                else if (!single && B() == '\\')
                {
                    ScanEscape(start, s);
                }
                else
                {
                    ReadChar(s);
                }

                Cache(2);
            }

            Cache(1);
            if (single ? B() == '\'' : B() == '"')
            {
                break;
            }

            while (IsBlankAt() || IsBreakAt())
            {
                if (IsBlankAt())
                {
                    if (!leadingBlanks)
                    {
                        ReadChar(whitespaces);
                    }
                    else
                    {
                        SkipChar();
                    }
                }
                else
                {
                    Cache(2);
                    if (!leadingBlanks)
                    {
                        whitespaces.Clear();
                        ReadLine(leadingBreak);
                        leadingBlanks = true;
                    }
                    else
                    {
                        ReadLine(trailingBreaks);
                    }
                }

                Cache(1);
            }

            if (leadingBlanks)
            {
                if (leadingBreak.Length > 0 && leadingBreak[0] == '\n')
                {
                    if (trailingBreaks.Length == 0)
                    {
                        s.Append((byte)' ');
                    }
                    else
                    {
                        s.Append(trailingBreaks);
                    }
                }
                else
                {
                    s.Append(leadingBreak);
                    s.Append(trailingBreaks);
                }

                trailingBreaks.Clear();
                leadingBreak.Clear();
            }
            else
            {
                s.Append(whitespaces);
                whitespaces.Clear();
            }
        }

        SkipChar();
        return new YamlToken
        {
            Kind = YamlTokenKind.Scalar,
            Start = start,
            End = Mark,
            Value = s.ToArray(),
            Style = single ? YamlScalarStyle.SingleQuoted : YamlScalarStyle.DoubleQuoted,
        };
    }

    private void ScanEscape(YamlMark start, ByteBuilder s)
    {
        int codeLength = 0;
        switch (B(1))
        {
            case (byte)'0': s.Append(0); break;
            case (byte)'a': s.Append(0x07); break;
            case (byte)'b': s.Append(0x08); break;
            case (byte)'t':
            case (byte)'\t': s.Append(0x09); break;
            case (byte)'n': s.Append(0x0A); break;
            case (byte)'v': s.Append(0x0B); break;
            case (byte)'f': s.Append(0x0C); break;
            case (byte)'r': s.Append(0x0D); break;
            case (byte)'e': s.Append(0x1B); break;
            case (byte)' ': s.Append(0x20); break;
            case (byte)'"': s.Append((byte)'"'); break;
            case (byte)'\'': s.Append((byte)'\''); break;
            case (byte)'\\': s.Append((byte)'\\'); break;
            case (byte)'N': s.Append([0xC2, 0x85]); break;
            case (byte)'_': s.Append([0xC2, 0xA0]); break;
            case (byte)'L': s.Append([0xE2, 0x80, 0xA8]); break;
            case (byte)'P': s.Append([0xE2, 0x80, 0xA9]); break;
            case (byte)'x': codeLength = 2; break;
            case (byte)'u': codeLength = 4; break;
            case (byte)'U': codeLength = 8; break;
            default:
                throw ScannerError("while parsing a quoted scalar", start, "found unknown escape character");
        }

        SkipChar();
        SkipChar();
        if (codeLength > 0)
        {
            Cache(codeLength);
            long value = 0;
            for (int k = 0; k < codeLength; k++)
            {
                if (!IsHexAt(k))
                {
                    throw ScannerError("while parsing a quoted scalar", start, "did not find expected hexdecimal number");
                }

                value = (value << 4) + AsHexAt(k);
            }

            if ((value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF)
            {
                throw ScannerError("while parsing a quoted scalar", start, "found invalid Unicode character escape code");
            }

            if (value <= 0x7F)
            {
                s.Append((byte)value);
            }
            else if (value <= 0x7FF)
            {
                s.Append((byte)(0xC0 + (value >> 6)));
                s.Append((byte)(0x80 + (value & 0x3F)));
            }
            else if (value <= 0xFFFF)
            {
                s.Append((byte)(0xE0 + (value >> 12)));
                s.Append((byte)(0x80 + ((value >> 6) & 0x3F)));
                s.Append((byte)(0x80 + (value & 0x3F)));
            }
            else
            {
                s.Append((byte)(0xF0 + (value >> 18)));
                s.Append((byte)(0x80 + ((value >> 12) & 0x3F)));
                s.Append((byte)(0x80 + ((value >> 6) & 0x3F)));
                s.Append((byte)(0x80 + (value & 0x3F)));
            }

            for (int k = 0; k < codeLength; k++)
            {
                SkipChar();
            }
        }
    }

    private YamlToken ScanPlainScalar()
    {
        var s = new ByteBuilder();
        var leadingBreak = new ByteBuilder(8);
        var trailingBreaks = new ByteBuilder(8);
        var whitespaces = new ByteBuilder(8);
        bool leadingBlanks = false;
        int indent = _indent + 1;
        var start = Mark;
        var end = Mark;

        while (true)
        {
            Cache(4);
            if (AtDocumentIndicator())
            {
                break;
            }

            if (B() == '#')
            {
                break;
            }

            while (!IsBlankzAt())
            {
                if ((B() == ':' && IsBlankzAt(1))
                    || (_flowLevel > 0 && B() is (byte)',' or (byte)'?' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}'))
                {
                    break;
                }

                if (leadingBlanks || whitespaces.Length > 0)
                {
                    if (leadingBlanks)
                    {
                        if (leadingBreak[0] == '\n')
                        {
                            if (trailingBreaks.Length == 0)
                            {
                                s.Append((byte)' ');
                            }
                            else
                            {
                                s.Append(trailingBreaks);
                            }
                        }
                        else
                        {
                            s.Append(leadingBreak);
                            s.Append(trailingBreaks);
                        }

                        trailingBreaks.Clear();
                        leadingBreak.Clear();
                        leadingBlanks = false;
                    }
                    else
                    {
                        s.Append(whitespaces);
                        whitespaces.Clear();
                    }
                }

                ReadChar(s);
                end = Mark;
                Cache(2);
            }

            if (!(IsBlankAt() || IsBreakAt()))
            {
                break;
            }

            Cache(1);
            while (IsBlankAt() || IsBreakAt())
            {
                if (IsBlankAt())
                {
                    if (leadingBlanks && _markColumn < indent && IsTabAt())
                    {
                        throw ScannerError("while scanning a plain scalar", start, "found a tab character that violates indentation");
                    }

                    if (!leadingBlanks)
                    {
                        ReadChar(whitespaces);
                    }
                    else
                    {
                        SkipChar();
                    }
                }
                else
                {
                    Cache(2);
                    if (!leadingBlanks)
                    {
                        whitespaces.Clear();
                        ReadLine(leadingBreak);
                        leadingBlanks = true;
                    }
                    else
                    {
                        ReadLine(trailingBreaks);
                    }
                }

                Cache(1);
            }

            if (_flowLevel == 0 && _markColumn < indent)
            {
                break;
            }
        }

        if (leadingBlanks)
        {
            _simpleKeyAllowed = true;
        }

        return new YamlToken
        {
            Kind = YamlTokenKind.Scalar,
            Start = start,
            End = end,
            Value = s.ToArray(),
            Style = YamlScalarStyle.Plain,
        };
    }
}
