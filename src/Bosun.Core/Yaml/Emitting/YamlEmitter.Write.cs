using Bosun.Core.Yaml.Syntax;

namespace Bosun.Core.Yaml.Emitting;

/// <summary>Output primitives and the five scalar writers, folding long lines as libyaml does.</summary>
internal sealed partial class YamlEmitter
{
    private void Put(byte value)
    {
        _out.Append(value);
        _column++;
    }

    private void PutBreak()
    {
        _out.Append((byte)'\n');
        _column = 0;
        _line++;
        if (V3)
        {
            _indention = true;
        }
    }

    private void Write(byte[] s, ref int i)
    {
        int w = YamlScanner.Width(s[i]);
        if (w == 0)
        {
            throw Error("unknown character width");
        }

        if (w == 1)
        {
            _out.Append(s[i]);
        }
        else
        {
            _out.Append(s.AsSpan(i, Math.Min(w, s.Length - i)));
        }

        _column++;
        i += w;
    }

    private void WriteAll(ReadOnlySpan<byte> s)
    {
        for (int i = 0; i < s.Length;)
        {
            int w = Math.Max(1, YamlScanner.Width(s[i]));
            _out.Append(s.Slice(i, Math.Min(w, s.Length - i)));
            _column++;
            i += w;
        }
    }

    private void WriteBreak(byte[] s, ref int i)
    {
        if (s[i] == '\n')
        {
            PutBreak();
            i++;
        }
        else
        {
            Write(s, ref i);
            _column = 0;
            _line++;
            if (V3)
            {
                _indention = true;
            }
        }
    }

    private void WriteIndent()
    {
        int indent = _indent >= 0 ? _indent : 0;
        if (!_indention || _column > indent || (_column == indent && !_whitespace))
        {
            PutBreak();
        }

        while (_column < indent)
        {
            Put((byte)' ');
        }

        _whitespace = true;
        if (!V3)
        {
            _indention = true;
        }
    }

    private void WriteIndicator(ReadOnlySpan<byte> indicator, bool needWhitespace, bool isWhitespace, bool isIndention)
    {
        if (needWhitespace && !_whitespace)
        {
            Put((byte)' ');
        }

        WriteAll(indicator);
        _whitespace = isWhitespace;
        _indention = _indention && isIndention;
        _openEnded = false;
    }

    private void WriteTagHandle(byte[] value)
    {
        if (!_whitespace)
        {
            Put((byte)' ');
        }

        WriteAll(value);
        _whitespace = false;
        _indention = false;
    }

    private void WriteTagContent(byte[] value, bool needWhitespace)
    {
        if (needWhitespace && !_whitespace)
        {
            Put((byte)' ');
        }

        for (int i = 0; i < value.Length;)
        {
            byte c = value[i];
            bool mustWrite = c is (byte)';' or (byte)'/' or (byte)'?' or (byte)':' or (byte)'@' or (byte)'&' or (byte)'='
                or (byte)'+' or (byte)'$' or (byte)',' or (byte)'_' or (byte)'.' or (byte)'~' or (byte)'*' or (byte)'\''
                or (byte)'(' or (byte)')' or (byte)'[' or (byte)']' || IsAlpha(value, i);
            if (mustWrite)
            {
                Write(value, ref i);
            }
            else
            {
                int w = Math.Max(1, YamlScanner.Width(c));
                for (int k = 0; k < w && i < value.Length; k++)
                {
                    byte octet = value[i++];
                    Put((byte)'%');
                    Put(HexDigit(octet >> 4));
                    Put(HexDigit(octet & 0x0F));
                }
            }
        }

        _whitespace = false;
        _indention = false;
    }

    private static byte HexDigit(int v) => (byte)(v < 10 ? '0' + v : 'A' + v - 10);

    private void WritePlainScalar(byte[] value, bool allowBreaks)
    {
        if (!_whitespace && (!V3 || value.Length > 0))
        {
            Put((byte)' ');
        }

        bool spaces = false;
        bool breaks = false;
        for (int i = 0; i < value.Length;)
        {
            if (IsSpace(value, i))
            {
                if (allowBreaks && !spaces && _column > _bestWidth && !IsSpace(value, i + 1))
                {
                    WriteIndent();
                    i += Math.Max(1, YamlScanner.Width(value[i]));
                }
                else
                {
                    Write(value, ref i);
                }

                spaces = true;
            }
            else if (IsBreak(value, i))
            {
                if (!breaks && value[i] == '\n')
                {
                    PutBreak();
                }

                WriteBreak(value, ref i);
                _indention = true;
                breaks = true;
            }
            else
            {
                if (breaks)
                {
                    WriteIndent();
                }

                Write(value, ref i);
                _indention = false;
                spaces = false;
                breaks = false;
            }
        }

        if (!V3 || value.Length > 0)
        {
            _whitespace = false;
        }

        _indention = false;
        if (_rootContext)
        {
            _openEnded = true;
        }
    }

    private void WriteSingleQuotedScalar(byte[] value, bool allowBreaks)
    {
        WriteIndicator("'"u8, true, false, false);
        bool spaces = false;
        bool breaks = false;
        for (int i = 0; i < value.Length;)
        {
            if (IsSpace(value, i))
            {
                if (allowBreaks && !spaces && _column > _bestWidth && i > 0 && i < value.Length - 1 && !IsSpace(value, i + 1))
                {
                    WriteIndent();
                    i += Math.Max(1, YamlScanner.Width(value[i]));
                }
                else
                {
                    Write(value, ref i);
                }

                spaces = true;
            }
            else if (IsBreak(value, i))
            {
                if (!breaks && value[i] == '\n')
                {
                    PutBreak();
                }

                WriteBreak(value, ref i);
                _indention = true;
                breaks = true;
            }
            else
            {
                if (breaks)
                {
                    WriteIndent();
                }

                if (value[i] == '\'')
                {
                    Put((byte)'\'');
                }

                Write(value, ref i);
                _indention = false;
                spaces = false;
                breaks = false;
            }
        }

        WriteIndicator("'"u8, false, false, false);
        _whitespace = false;
        _indention = false;
    }

    private void WriteDoubleQuotedScalar(byte[] value, bool allowBreaks)
    {
        bool spaces = false;
        WriteIndicator("\""u8, true, false, false);
        bool bom = IsBomQuirk(value);
        for (int i = 0; i < value.Length;)
        {
            if (!IsPrintable(value, i) || (!_unicode && !IsAscii(value, i)) || bom || IsBreak(value, i)
                || value[i] == '"' || value[i] == '\\')
            {
                byte octet = value[i];
                int w;
                int v;
                if ((octet & 0x80) == 0x00)
                {
                    w = 1;
                    v = octet & 0x7F;
                }
                else if ((octet & 0xE0) == 0xC0)
                {
                    w = 2;
                    v = octet & 0x1F;
                }
                else if ((octet & 0xF0) == 0xE0)
                {
                    w = 3;
                    v = octet & 0x0F;
                }
                else if ((octet & 0xF8) == 0xF0)
                {
                    w = 4;
                    v = octet & 0x07;
                }
                else
                {
                    w = 0;
                    v = 0;
                }

                for (int k = 1; k < w; k++)
                {
                    v = (v << 6) + (At(value, i + k) & 0x3F);
                }

                i += w;
                Put((byte)'\\');
                switch (v)
                {
                    case 0x00: Put((byte)'0'); break;
                    case 0x07: Put((byte)'a'); break;
                    case 0x08: Put((byte)'b'); break;
                    case 0x09: Put((byte)'t'); break;
                    case 0x0A: Put((byte)'n'); break;
                    case 0x0B: Put((byte)'v'); break;
                    case 0x0C: Put((byte)'f'); break;
                    case 0x0D: Put((byte)'r'); break;
                    case 0x1B: Put((byte)'e'); break;
                    case 0x22: Put((byte)'"'); break;
                    case 0x5C: Put((byte)'\\'); break;
                    case 0x85: Put((byte)'N'); break;
                    case 0xA0: Put((byte)'_'); break;
                    case 0x2028: Put((byte)'L'); break;
                    case 0x2029: Put((byte)'P'); break;
                    default:
                        int digits;
                        if (v <= 0xFF)
                        {
                            Put((byte)'x');
                            digits = 2;
                        }
                        else if (v <= 0xFFFF)
                        {
                            Put((byte)'u');
                            digits = 4;
                        }
                        else
                        {
                            Put((byte)'U');
                            digits = 8;
                        }

                        for (int k = (digits - 1) * 4; k >= 0; k -= 4)
                        {
                            Put(HexDigit((v >> k) & 0x0F));
                        }

                        break;
                }

                if (w == 0)
                {
                    // An invalid leading byte: libyaml would loop; go-yaml's strings never get here after JSON.
                    i++;
                }

                spaces = false;
            }
            else if (IsSpace(value, i))
            {
                if (allowBreaks && !spaces && _column > _bestWidth && i > 0 && i < value.Length - 1)
                {
                    WriteIndent();
                    if (IsSpace(value, i + 1))
                    {
                        Put((byte)'\\');
                    }

                    i += Math.Max(1, YamlScanner.Width(value[i]));
                }
                else
                {
                    Write(value, ref i);
                }

                spaces = true;
            }
            else
            {
                Write(value, ref i);
                spaces = false;
            }
        }

        WriteIndicator("\""u8, false, false, false);
        _whitespace = false;
        _indention = false;
    }

    private void WriteBlockScalarHints(byte[] value)
    {
        if (IsSpace(value, 0) || IsBreak(value, 0))
        {
            WriteIndicator([(byte)('0' + _bestIndent)], false, false, false);
        }

        _openEnded = false;
        byte chomp = 0;
        if (value.Length == 0)
        {
            chomp = (byte)'-';
        }
        else
        {
            int i = value.Length - 1;
            while (i > 0 && (value[i] & 0xC0) == 0x80)
            {
                i--;
            }

            if (!IsBreak(value, i))
            {
                chomp = (byte)'-';
            }
            else if (i == 0)
            {
                chomp = (byte)'+';
                _openEnded = true;
            }
            else
            {
                i--;
                while (i > 0 && (value[i] & 0xC0) == 0x80)
                {
                    i--;
                }

                if (IsBreak(value, i))
                {
                    chomp = (byte)'+';
                    _openEnded = true;
                }
            }
        }

        if (chomp != 0)
        {
            WriteIndicator([chomp], false, false, false);
        }
    }

    private void WriteLiteralScalar(byte[] value)
    {
        WriteIndicator("|"u8, true, false, false);
        WriteBlockScalarHints(value);
        PutBreak();
        _indention = true;
        _whitespace = true;
        bool breaks = true;
        for (int i = 0; i < value.Length;)
        {
            if (IsBreak(value, i))
            {
                WriteBreak(value, ref i);
                _indention = true;
                breaks = true;
            }
            else
            {
                if (breaks)
                {
                    WriteIndent();
                }

                Write(value, ref i);
                _indention = false;
                breaks = false;
            }
        }
    }

    private void WriteFoldedScalar(byte[] value)
    {
        WriteIndicator(">"u8, true, false, false);
        WriteBlockScalarHints(value);
        PutBreak();
        _indention = true;
        _whitespace = true;
        bool breaks = true;
        bool leadingSpaces = true;
        for (int i = 0; i < value.Length;)
        {
            if (IsBreak(value, i))
            {
                if (!breaks && !leadingSpaces && value[i] == '\n')
                {
                    int k = 0;
                    while (IsBreak(value, k))
                    {
                        k += Math.Max(1, YamlScanner.Width(value[k]));
                    }

                    if (!IsBlankz(value, k))
                    {
                        PutBreak();
                    }
                }

                WriteBreak(value, ref i);
                _indention = true;
                breaks = true;
            }
            else
            {
                if (breaks)
                {
                    WriteIndent();
                    leadingSpaces = IsBlank(value, i);
                }

                if (!breaks && IsSpace(value, i) && !IsSpace(value, i + 1) && _column > _bestWidth)
                {
                    WriteIndent();
                    i += Math.Max(1, YamlScanner.Width(value[i]));
                }
                else
                {
                    Write(value, ref i);
                }

                _indention = false;
                breaks = false;
            }
        }
    }
}
