namespace Bosun.Core.Yaml.Syntax;

/// <summary>
/// The reader half of the scanner: libyaml's chunked decoding of the raw input (512 raw bytes at a time) into
/// a UTF-8 working buffer, with its encoding detection and its checks (invalid UTF-8/UTF-16, control
/// characters). Reproducing the chunking keeps the timing of reader errors identical to go-yaml's.
/// </summary>
internal sealed partial class YamlScanner
{
    private const int RawBufferSize = 512;
    private const int BufferSize = RawBufferSize * 3;

    private enum InputEncoding
    {
        Any,
        Utf8,
        Utf16LE,
        Utf16BE,
    }

    private readonly byte[] _input;
    private int _inputPos;
    private bool _eof;

    private readonly byte[] _raw = new byte[RawBufferSize];
    private int _rawPos;
    private int _rawLen;

    // The working buffer: UTF-8, zero padded past its logical end so look-ahead never leaves the array.
    private readonly byte[] _buffer = new byte[BufferSize + 64];
    private int _bufferPos;
    private int _bufferLen;
    private int _unread;

    private InputEncoding _encoding;
    private int _offset; // raw byte offset of the reader (for error reports)

    private bool Cache(int length) => _unread >= length || UpdateBuffer(length);

    private YamlSyntaxException ReaderError(string problem) =>
        new(YamlErrorKind.Reader, problem, new YamlMark(-1, 0, 0, RawOffsetToUtf16(_offset)));

    private int RawOffsetToUtf16(int rawOffset)
    {
        // Best effort for diagnostics: count UTF-16 units of the raw bytes before the offset.
        if (_encoding is InputEncoding.Utf16LE or InputEncoding.Utf16BE)
        {
            return Math.Max(0, (rawOffset - 2) / 2) + 1;
        }

        int units = 0;
        int i = 0;
        if (rawOffset >= 3 && _input.Length >= 3 && _input[0] == 0xEF && _input[1] == 0xBB && _input[2] == 0xBF)
        {
            units = 1;
            i = 3;
        }

        while (i < rawOffset && i < _input.Length)
        {
            int w = Width(_input[i]);
            units += w == 4 ? 2 : 1;
            i += Math.Max(w, 1);
        }

        return units;
    }

    private void DetermineEncoding()
    {
        while (!_eof && _rawLen - _rawPos < 3)
        {
            UpdateRawBuffer();
        }

        int avail = _rawLen - _rawPos;
        if (avail >= 2 && _raw[_rawPos] == 0xFF && _raw[_rawPos + 1] == 0xFE)
        {
            _encoding = InputEncoding.Utf16LE;
            _rawPos += 2;
            _offset += 2;
            _markOffset = 1;
        }
        else if (avail >= 2 && _raw[_rawPos] == 0xFE && _raw[_rawPos + 1] == 0xFF)
        {
            _encoding = InputEncoding.Utf16BE;
            _rawPos += 2;
            _offset += 2;
            _markOffset = 1;
        }
        else if (avail >= 3 && _raw[_rawPos] == 0xEF && _raw[_rawPos + 1] == 0xBB && _raw[_rawPos + 2] == 0xBF)
        {
            _encoding = InputEncoding.Utf8;
            _rawPos += 3;
            _offset += 3;
            _markOffset = 1;
        }
        else
        {
            _encoding = InputEncoding.Utf8;
        }
    }

    private void UpdateRawBuffer()
    {
        if (_rawPos == 0 && _rawLen == RawBufferSize)
        {
            return;
        }

        if (_eof)
        {
            return;
        }

        if (_rawPos > 0 && _rawPos < _rawLen)
        {
            Array.Copy(_raw, _rawPos, _raw, 0, _rawLen - _rawPos);
        }

        _rawLen -= _rawPos;
        _rawPos = 0;

        if (_inputPos == _input.Length)
        {
            _eof = true;
            return;
        }

        int n = Math.Min(RawBufferSize - _rawLen, _input.Length - _inputPos);
        Array.Copy(_input, _inputPos, _raw, _rawLen, n);
        _inputPos += n;
        _rawLen += n;
    }

    private bool UpdateBuffer(int length)
    {
        if (_unread >= length)
        {
            return true;
        }

        if (_encoding == InputEncoding.Any)
        {
            DetermineEncoding();
        }

        int bufferLen = _bufferLen;
        if (_bufferPos > 0 && _bufferPos < bufferLen)
        {
            Array.Copy(_buffer, _bufferPos, _buffer, 0, bufferLen - _bufferPos);
            bufferLen -= _bufferPos;
            _bufferPos = 0;
        }
        else if (_bufferPos == bufferLen)
        {
            bufferLen = 0;
            _bufferPos = 0;
        }

        bool first = true;
        while (_unread < length)
        {
            if (!first || _rawPos == _rawLen)
            {
                UpdateRawBuffer();
            }

            first = false;

            while (_rawPos != _rawLen)
            {
                int value;
                int width;
                int rawUnread = _rawLen - _rawPos;
                if (_encoding == InputEncoding.Utf8)
                {
                    byte octet = _raw[_rawPos];
                    if ((octet & 0x80) == 0x00)
                    {
                        width = 1;
                    }
                    else if ((octet & 0xE0) == 0xC0)
                    {
                        width = 2;
                    }
                    else if ((octet & 0xF0) == 0xE0)
                    {
                        width = 3;
                    }
                    else if ((octet & 0xF8) == 0xF0)
                    {
                        width = 4;
                    }
                    else
                    {
                        throw ReaderError("invalid leading UTF-8 octet");
                    }

                    if (width > rawUnread)
                    {
                        if (_eof)
                        {
                            throw ReaderError("incomplete UTF-8 octet sequence");
                        }

                        break;
                    }

                    value = width switch
                    {
                        1 => octet & 0x7F,
                        2 => octet & 0x1F,
                        3 => octet & 0x0F,
                        _ => octet & 0x07,
                    };

                    for (int k = 1; k < width; k++)
                    {
                        octet = _raw[_rawPos + k];
                        if ((octet & 0xC0) != 0x80)
                        {
                            _offset += k;
                            throw ReaderError("invalid trailing UTF-8 octet");
                        }

                        value = (value << 6) + (octet & 0x3F);
                    }

                    bool lengthOk = width == 1
                        || (width == 2 && value >= 0x80)
                        || (width == 3 && value >= 0x800)
                        || (width == 4 && value >= 0x10000);
                    if (!lengthOk)
                    {
                        throw ReaderError("invalid length of a UTF-8 sequence");
                    }

                    if ((value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF)
                    {
                        throw ReaderError("invalid Unicode character");
                    }
                }
                else
                {
                    int low = _encoding == InputEncoding.Utf16LE ? 0 : 1;
                    int high = 1 - low;
                    if (rawUnread < 2)
                    {
                        if (_eof)
                        {
                            throw ReaderError("incomplete UTF-16 character");
                        }

                        break;
                    }

                    value = _raw[_rawPos + low] + (_raw[_rawPos + high] << 8);
                    if ((value & 0xFC00) == 0xDC00)
                    {
                        throw ReaderError("unexpected low surrogate area");
                    }

                    if ((value & 0xFC00) == 0xD800)
                    {
                        width = 4;
                        if (rawUnread < 4)
                        {
                            if (_eof)
                            {
                                throw ReaderError("incomplete UTF-16 surrogate pair");
                            }

                            break;
                        }

                        int value2 = _raw[_rawPos + low + 2] + (_raw[_rawPos + high + 2] << 8);
                        if ((value2 & 0xFC00) != 0xDC00)
                        {
                            _offset += 2;
                            throw ReaderError("expected low surrogate area");
                        }

                        value = 0x10000 + ((value & 0x3FF) << 10) + (value2 & 0x3FF);
                    }
                    else
                    {
                        width = 2;
                    }
                }

                bool allowed = value == 0x09 || value == 0x0A || value == 0x0D
                    || (value >= 0x20 && value <= 0x7E)
                    || value == 0x85
                    || (value >= 0xA0 && value <= 0xD7FF)
                    || (value >= 0xE000 && value <= 0xFFFD)
                    || (value >= 0x10000 && value <= 0x10FFFF);
                if (!allowed)
                {
                    throw ReaderError("control characters are not allowed");
                }

                _rawPos += width;
                _offset += width;

                if (value <= 0x7F)
                {
                    _buffer[bufferLen++] = (byte)value;
                }
                else if (value <= 0x7FF)
                {
                    _buffer[bufferLen++] = (byte)(0xC0 + (value >> 6));
                    _buffer[bufferLen++] = (byte)(0x80 + (value & 0x3F));
                }
                else if (value <= 0xFFFF)
                {
                    _buffer[bufferLen++] = (byte)(0xE0 + (value >> 12));
                    _buffer[bufferLen++] = (byte)(0x80 + ((value >> 6) & 0x3F));
                    _buffer[bufferLen++] = (byte)(0x80 + (value & 0x3F));
                }
                else
                {
                    _buffer[bufferLen++] = (byte)(0xF0 + (value >> 18));
                    _buffer[bufferLen++] = (byte)(0x80 + ((value >> 12) & 0x3F));
                    _buffer[bufferLen++] = (byte)(0x80 + ((value >> 6) & 0x3F));
                    _buffer[bufferLen++] = (byte)(0x80 + (value & 0x3F));
                }

                _unread++;
            }

            if (_eof)
            {
                _buffer[bufferLen++] = 0;
                _unread++;
                break;
            }
        }

        while (bufferLen < length)
        {
            _buffer[bufferLen++] = 0;
        }

        // Keep look-ahead past the logical end harmless.
        Array.Clear(_buffer, bufferLen, Math.Min(8, _buffer.Length - bufferLen));
        _bufferLen = bufferLen;
        return true;
    }
}
