using System.Globalization;
using System.Text;

namespace Bosun.Core.Values;

/// <summary>
/// encoding/json's Unmarshal of already validated input into interface{} values: objects → GoMap, arrays →
/// GoList, numbers → float64 (out-of-range numbers become nil and record Go's type error, as Go does),
/// strings unescaped with invalid UTF-8 and unpaired surrogates replaced by U+FFFD. Iterative.
/// </summary>
internal sealed class GoJsonDecoder
{
    private readonly byte[] _data;
    private int _pos;

    public GoJsonDecoder(byte[] data)
    {
        _data = data;
    }

    /// <summary>The first type error met while decoding (Go's savedError), or null.</summary>
    public string? SavedError { get; private set; }

    private void SaveError(string message) => SavedError ??= message;

    private void SkipSpace()
    {
        while (_pos < _data.Length && _data[_pos] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            _pos++;
        }
    }

    /// <summary>The first non-space byte of the value (to tell its kind before decoding).</summary>
    public byte PeekKind()
    {
        SkipSpace();
        return _data[_pos];
    }

    private sealed class Frame
    {
        public GoMap? Map;
        public GoList? List;
        public string? Key;
    }

    /// <summary>Decodes the value at the cursor into interface{}.</summary>
    public object? DecodeValue()
    {
        var stack = new Stack<Frame>();
        while (true)
        {
            SkipSpace();
            object? value;
            byte c = _data[_pos];
            if (c == '{')
            {
                _pos++;
                SkipSpace();
                var map = new GoMap();
                if (_data[_pos] == '}')
                {
                    _pos++;
                    value = map;
                }
                else
                {
                    var frame = new Frame { Map = map, Key = ReadKey() };
                    stack.Push(frame);
                    continue;
                }
            }
            else if (c == '[')
            {
                _pos++;
                SkipSpace();
                var list = new GoList();
                if (_data[_pos] == ']')
                {
                    _pos++;
                    value = list;
                }
                else
                {
                    stack.Push(new Frame { List = list });
                    continue;
                }
            }
            else
            {
                value = ReadLiteral();
            }

            // Attach the value, closing containers as they end.
            while (true)
            {
                if (stack.Count == 0)
                {
                    return value;
                }

                var top = stack.Peek();
                if (top.Map is { } map)
                {
                    map[top.Key ?? string.Empty] = value;
                    SkipSpace();
                    if (_data[_pos] == ',')
                    {
                        _pos++;
                        SkipSpace();
                        top.Key = ReadKey();
                        break;
                    }

                    _pos++; // '}'
                    value = map;
                    stack.Pop();
                }
                else if (top.List is { } list)
                {
                    list.Items.Add(value);
                    SkipSpace();
                    if (_data[_pos] == ',')
                    {
                        _pos++;
                        break;
                    }

                    _pos++; // ']'
                    value = list;
                    stack.Pop();
                }
            }
        }
    }

    private string ReadKey()
    {
        SkipSpace();
        string key = ReadString();
        SkipSpace();
        _pos++; // ':'
        return key;
    }

    /// <summary>Skips the value at the cursor (after a type mismatch).</summary>
    public void SkipValue() => DecodeValue();

    private object? ReadLiteral()
    {
        byte c = _data[_pos];
        switch (c)
        {
            case (byte)'"':
                return ReadString();
            case (byte)'t':
                _pos += 4;
                return GoValue.True;
            case (byte)'f':
                _pos += 5;
                return GoValue.False;
            case (byte)'n':
                _pos += 4;
                return null;
            default:
            {
                int start = _pos;
                while (_pos < _data.Length && _data[_pos] is (byte)'-' or (byte)'+' or (byte)'.' or (byte)'e' or (byte)'E' or (>= (byte)'0' and <= (byte)'9'))
                {
                    _pos++;
                }

                string text = Encoding.ASCII.GetString(_data, start, _pos - start);
                double d = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
                if (double.IsInfinity(d))
                {
                    SaveError("json: cannot unmarshal number " + text + " into Go value of type float64");
                    return null;
                }

                return d;
            }
        }
    }

    private string ReadString()
    {
        _pos++; // opening quote
        int start = _pos;
        bool simple = true;
        while (_data[_pos] != '"')
        {
            byte b = _data[_pos];
            if (b == '\\' || b >= 0x80)
            {
                simple = false;
            }

            _pos += b == '\\' ? 2 : 1;
        }

        int end = _pos;
        _pos++; // closing quote
        if (simple)
        {
            return Encoding.ASCII.GetString(_data, start, end - start);
        }

        return Unquote(_data.AsSpan(start, end - start));
    }

    private static string Unquote(ReadOnlySpan<byte> s)
    {
        var sb = new StringBuilder(s.Length);
        int r = 0;
        while (r < s.Length)
        {
            byte c = s[r];
            if (c == '\\')
            {
                r++;
                switch (s[r])
                {
                    case (byte)'"':
                    case (byte)'\\':
                    case (byte)'/':
                    case (byte)'\'':
                        sb.Append((char)s[r]);
                        r++;
                        break;
                    case (byte)'b':
                        sb.Append('\b');
                        r++;
                        break;
                    case (byte)'f':
                        sb.Append('\f');
                        r++;
                        break;
                    case (byte)'n':
                        sb.Append('\n');
                        r++;
                        break;
                    case (byte)'r':
                        sb.Append('\r');
                        r++;
                        break;
                    case (byte)'t':
                        sb.Append('\t');
                        r++;
                        break;
                    case (byte)'u':
                    {
                        r--;
                        int rr = GetU4(s, r);
                        r += 6;
                        if (rr >= 0xD800 && rr < 0xE000)
                        {
                            int rr1 = GetU4(s, r);
                            if (rr < 0xDC00 && rr1 >= 0xDC00 && rr1 < 0xE000)
                            {
                                r += 6;
                                sb.Append(char.ConvertFromUtf32(0x10000 + ((rr - 0xD800) << 10) + (rr1 - 0xDC00)));
                                break;
                            }

                            rr = 0xFFFD;
                        }

                        sb.Append(char.ConvertFromUtf32(rr));
                        break;
                    }
                }
            }
            else if (c < 0x80)
            {
                sb.Append((char)c);
                r++;
            }
            else
            {
                int rune = GoJsonUtf8.DecodeRune(s[r..], out int size);
                sb.Append(rune < 0 ? "\uFFFD" : char.ConvertFromUtf32(rune));
                r += size;
            }
        }

        return sb.ToString();
    }

    private static int GetU4(ReadOnlySpan<byte> s, int i)
    {
        if (i + 6 > s.Length || s[i] != '\\' || s[i + 1] != 'u')
        {
            return -1;
        }

        int r = 0;
        for (int k = 2; k < 6; k++)
        {
            byte c = s[i + k];
            int v = c switch
            {
                >= (byte)'0' and <= (byte)'9' => c - '0',
                >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
                _ => -1,
            };
            if (v < 0)
            {
                return -1;
            }

            r = (r * 16) + v;
        }

        return r;
    }
}
