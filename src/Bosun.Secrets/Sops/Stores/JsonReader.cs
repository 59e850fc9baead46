using System.Globalization;
using System.Text;
using Bosun.Core.Text;

namespace Bosun.Secrets.Sops.Stores;

/// <summary>A small JSON reader that keeps key order, duplicates and positions (for <see cref="JsonStore"/>).</summary>
internal sealed class JsonReader
{
    private const int MaxDepth = 10000;
    private readonly SourceFile _file;
    private readonly string _text;
    private int _pos;
    private int _depth;

    public JsonReader(SourceFile file)
    {
        _file = file;
        _text = file.Text;
    }

    public SourceLocation Location() => new(_file, new TextSpan(Math.Min(_pos, _text.Length), 0));

    public char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    public void SkipSpace()
    {
        while (_pos < _text.Length && _text[_pos] is ' ' or '\t' or '\n' or '\r')
        {
            _pos++;
        }
    }

    public object? ReadValue()
    {
        SkipSpace();
        if (_pos >= _text.Length)
        {
            throw Fail("unexpected end of JSON input");
        }

        char c = _text[_pos];
        switch (c)
        {
            case '{': return ReadObject();
            case '[': return ReadArray();
            case '"': return ReadString();
            case 't': return Literal("true", true);
            case 'f': return Literal("false", false);
            case 'n': return Literal("null", null);
            default:
                if (c == '-' || char.IsAsciiDigit(c))
                {
                    return ReadNumber();
                }

                throw Fail($"invalid character '{c}' looking for beginning of value");
        }
    }

    private SopsBranch ReadObject()
    {
        Enter();
        _pos++;
        var branch = new SopsBranch();
        SkipSpace();
        if (Peek() == '}')
        {
            _pos++;
            _depth--;
            return branch;
        }

        while (true)
        {
            SkipSpace();
            if (Peek() != '"')
            {
                throw Fail("invalid character looking for beginning of object key string");
            }

            string key = ReadString();
            SkipSpace();
            if (Peek() != ':')
            {
                throw Fail("invalid character after object key");
            }

            _pos++;
            SkipSpace();
            var location = Location();
            branch.Add(new SopsItem(key, ReadValue(), location));
            SkipSpace();
            char c = Peek();
            _pos++;
            if (c == '}')
            {
                _depth--;
                return branch;
            }

            if (c != ',')
            {
                _pos--;
                throw Fail("invalid character after object key:value pair");
            }
        }
    }

    private SopsList ReadArray()
    {
        Enter();
        _pos++;
        var list = new SopsList();
        SkipSpace();
        if (Peek() == ']')
        {
            _pos++;
            _depth--;
            return list;
        }

        while (true)
        {
            list.Add(ReadValue());
            SkipSpace();
            char c = Peek();
            _pos++;
            if (c == ']')
            {
                _depth--;
                return list;
            }

            if (c != ',')
            {
                _pos--;
                throw Fail("invalid character after array element");
            }
        }
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw Fail("exceeded max depth");
        }
    }

    private object? Literal(string word, object? value)
    {
        if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0)
        {
            throw Fail($"invalid character '{_text[_pos]}' looking for beginning of value");
        }

        _pos += word.Length;
        return value;
    }

    private object ReadNumber()
    {
        int start = _pos;
        if (Peek() == '-')
        {
            _pos++;
        }

        while (_pos < _text.Length && (char.IsAsciiDigit(_text[_pos]) || _text[_pos] is '.' or 'e' or 'E' or '+' or '-'))
        {
            _pos++;
        }

        string s = _text[start.._pos];
        if (long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l))
        {
            return l;
        }

        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && !double.IsInfinity(d))
        {
            return d;
        }

        _pos = start;
        throw Fail("invalid number literal");
    }

    private string ReadString()
    {
        _pos++;
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw Fail("unexpected end of JSON input");
            }

            char c = _text[_pos++];
            if (c == '"')
            {
                return sb.ToString();
            }

            if (c < 0x20)
            {
                _pos--;
                throw Fail("invalid character in string literal");
            }

            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }

            char e = Peek();
            _pos++;
            switch (e)
            {
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case '/': sb.Append('/'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    if (_pos + 4 > _text.Length || !int.TryParse(_text.AsSpan(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                    {
                        throw Fail("invalid character in string escape code");
                    }

                    sb.Append((char)code);
                    _pos += 4;
                    break;
                default:
                    _pos--;
                    throw Fail("invalid character in string escape code");
            }
        }
    }

    private SopsFormatException Fail(string message) => new("Could not unmarshal input data: " + message, Location());
}
