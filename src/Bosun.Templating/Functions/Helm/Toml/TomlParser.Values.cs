using System.Globalization;
using System.Text;
using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Helm.Toml;

/// <summary>Values: strings and escapes, numbers, datetimes, arrays and inline tables (parse.go).</summary>
internal sealed partial class TomlParser
{
    private (object? Value, TomlType Type) Value(TomlItem it, bool parentIsArray)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Fail(it.Position, "value nested too deeply");
        }

        switch (it.Type)
        {
            case TomlItemType.String:
            case TomlItemType.RawString:
                return (it.Value, TomlType.Primitive);
            case TomlItemType.StringEsc:
                return (ReplaceEscapes(it, it.Value), TomlType.Primitive);
            case TomlItemType.MultilineString:
                return (ReplaceEscapes(it, StripEscapedNewlines(StripFirstNewline(it.Value))), TomlType.Primitive);
            case TomlItemType.RawMultilineString:
                return (StripFirstNewline(it.Value), TomlType.Primitive);
            case TomlItemType.Integer:
                return (ValueInteger(it), TomlType.Primitive);
            case TomlItemType.Float:
                return (ValueFloat(it), TomlType.Primitive);
            case TomlItemType.Bool:
                return (it.Value == "true", TomlType.Primitive);
            case TomlItemType.Datetime:
                return (ValueDatetime(it), TomlType.Primitive);
            case TomlItemType.Array:
                return ValueArray();
            case TomlItemType.InlineTableStart:
                return ValueInlineTable(parentIsArray);
            default:
                throw new InvalidOperationException($"BUG: Unexpected value type: {it.Type}");
        }
    }

    private long ValueInteger(TomlItem it)
    {
        if (!NumUnderscoresOk(it.Value))
        {
            throw Fail(it.Position, $"Invalid integer {Q(it.Value)}: underscores must be surrounded by digits");
        }

        if (NumHasLeadingZero(it.Value))
        {
            throw Fail(it.Position, $"Invalid integer {Q(it.Value)}: cannot have leading zeroes");
        }

        string? error = GoStrconv.ParseInt(it.Value, 0, 64, out long value);
        if (error is not null)
        {
            if (error.Contains("value out of range", StringComparison.Ordinal))
            {
                throw Fail(it.Position, $"{it.Value} is out of range for int64");
            }

            throw new InvalidOperationException($"BUG: Expected integer value, but got '{it.Value}'.");
        }

        return value;
    }

    private double ValueFloat(TomlItem it)
    {
        string[] parts = it.Value.Split(['.', 'e', 'E'], StringSplitOptions.RemoveEmptyEntries);
        foreach (string part in parts)
        {
            if (!NumUnderscoresOk(part))
            {
                throw Fail(it.Position, $"Invalid float {Q(it.Value)}: underscores must be surrounded by digits");
            }
        }

        if (parts.Length > 0 && NumHasLeadingZero(parts[0]))
        {
            throw Fail(it.Position, $"Invalid float {Q(it.Value)}: cannot have leading zeroes");
        }

        if (!NumPeriodsOk(it.Value))
        {
            throw Fail(it.Position, $"Invalid float {Q(it.Value)}: '.' must be followed by one or more digits");
        }

        string val = it.Value.Replace("_", string.Empty, StringComparison.Ordinal);
        bool signbit = false;
        if (val is "+nan" or "-nan")
        {
            signbit = val == "-nan";
            val = "nan";
        }

        string? error = GoStrconv.ParseFloat(val, 64, out double num);
        if (error is not null)
        {
            if (error.Contains("value out of range", StringComparison.Ordinal))
            {
                throw Fail(it.Position, $"{it.Value} is out of range for float64");
            }

            throw Fail(it.Position, $"Invalid float value: {Q(it.Value)}");
        }

        return signbit ? Math.CopySign(num, -1) : num;
    }

    private (object? Value, TomlType Type) ValueArray()
    {
        SetType(_currentKey, TomlType.Array);
        var array = new List<object?>();
        for (var it = Next(); it.Type != TomlItemType.ArrayEnd; it = Next())
        {
            if (it.Type == TomlItemType.CommentStart)
            {
                Expect(TomlItemType.Text);
                continue;
            }

            array.Add(Value(it, parentIsArray: true).Value);
        }

        return (array, TomlType.Array);
    }

    private (object? Value, TomlType Type) ValueInlineTable(bool parentIsArray)
    {
        var topHash = new Dictionary<string, object?>(StringComparer.Ordinal);
        var outerContext = _context;
        string outerKey = _currentKey;

        _context = [.. _context, _currentKey];
        var prevContext = _context;
        _currentKey = string.Empty;

        AddImplicit(_context);
        AddContext(_context, parentIsArray);

        for (var it = Next(); it.Type != TomlItemType.InlineTableEnd; it = Next())
        {
            if (it.Type == TomlItemType.CommentStart)
            {
                Expect(TomlItemType.Text);
                continue;
            }

            var k = NextPos();
            var key = new List<string>();
            for (; k.Type != TomlItemType.KeyEnd && k.Type != TomlItemType.Eof; k = Next())
            {
                key.Add(KeyPart(k));
            }

            _currentKey = key[^1];
            var parent = key.GetRange(0, key.Count - 1);
            for (int i = 0; i < parent.Count; i++)
            {
                AddImplicitContext([.. _context, parent[i]]);
            }

            var (val, typ) = Value(Next(), parentIsArray: false);
            SetValue(_currentKey, val);
            SetType(_currentKey, typ);

            var hash = topHash;
            foreach (string c in parent)
            {
                if (!hash.TryGetValue(c, out var h))
                {
                    h = new Dictionary<string, object?>(StringComparer.Ordinal);
                    hash[c] = h;
                }

                if (h is not Dictionary<string, object?> next)
                {
                    throw Failf($"{Q(KeyString(_context))} is not a table");
                }

                hash = next;
            }

            hash[_currentKey] = val;
            _context = prevContext;
        }

        _context = outerContext;
        _currentKey = outerKey;
        return (topHash, TomlType.Hash);
    }

    private static string Q(string s) => GoStrconv.Quote(s);

    private static bool NumHasLeadingZero(string s)
    {
        if (s.Length > 1 && s[0] == '0' && !(s[1] is 'b' or 'o' or 'x'))
        {
            return true;
        }

        return s.Length > 2 && s[0] is '-' or '+' && s[1] == '0';
    }

    private static bool NumUnderscoresOk(string s)
    {
        if (s is "nan" or "+nan" or "-nan" or "inf" or "-inf" or "+inf")
        {
            return true;
        }

        bool accept = false;
        foreach (char r in s)
        {
            if (r == '_' && !accept)
            {
                return false;
            }

            accept = (r >= '0' && r <= '9') || ((r | 0x20) >= 'a' && (r | 0x20) <= 'f');
        }

        return accept;
    }

    private static bool NumPeriodsOk(string s)
    {
        bool period = false;
        foreach (char r in s)
        {
            if (period && !(r >= '0' && r <= '9'))
            {
                return false;
            }

            period = r == '.';
        }

        return !period;
    }

    private static string StripFirstNewline(string s)
    {
        if (s.Length > 0 && s[0] == '\n')
        {
            return s[1..];
        }

        if (s.Length > 1 && s[0] == '\r' && s[1] == '\n')
        {
            return s[2..];
        }

        return s;
    }

    private static string StripEscapedNewlines(string s)
    {
        var b = new StringBuilder(s.Length);
        int i = 0;
        while (true)
        {
            int ix = s.IndexOf('\\', i);
            if (ix < 0)
            {
                b.Append(s);
                return b.ToString();
            }

            i = ix;
            if (s.Length > i + 1 && s[i + 1] == '\\')
            {
                i += 2;
                continue;
            }

            int j = i + 1;
            while (j < s.Length && s[j] is ' ' or '\t' or '\r' or '\n')
            {
                j++;
            }

            if (j == i + 1)
            {
                i++;
                continue;
            }

            if (!s.AsSpan(i, j - i).Contains('\n'))
            {
                i++;
                continue;
            }

            b.Append(s, 0, i);
            s = s[j..];
            i = 0;
        }
    }

    private string ReplaceEscapes(TomlItem it, string str)
    {
        var b = new StringBuilder(str.Length);
        int skip = 0;
        for (int i = 0; i < str.Length; i++)
        {
            if (skip > 0)
            {
                skip--;
                continue;
            }

            char c = str[i];
            if (c != '\\')
            {
                b.Append(c);
                continue;
            }

            char n = str[i + 1];
            switch (n)
            {
                case ' ':
                case '\t':
                    throw Fail(it.Position, $"invalid escape: '\\{n}'");
                case 'b':
                    b.Append('\b');
                    skip = 1;
                    break;
                case 't':
                    b.Append('\t');
                    skip = 1;
                    break;
                case 'n':
                    b.Append('\n');
                    skip = 1;
                    break;
                case 'f':
                    b.Append('\f');
                    skip = 1;
                    break;
                case 'r':
                    b.Append('\r');
                    skip = 1;
                    break;
                case 'e':
                    b.Append('\u001b');
                    skip = 1;
                    break;
                case '"':
                    b.Append('"');
                    skip = 1;
                    break;
                case '\\':
                    b.Append('\\');
                    skip = 1;
                    break;
                case 'x':
                    b.Append(EscapeToRune(it, str.Substring(i + 2, 2)));
                    skip = 3;
                    break;
                case 'u':
                    b.Append(EscapeToRune(it, str.Substring(i + 2, 4)));
                    skip = 5;
                    break;
                case 'U':
                    b.Append(EscapeToRune(it, str.Substring(i + 2, 8)));
                    skip = 9;
                    break;
                default:
                    throw new InvalidOperationException($"BUG: Expected valid escape code after \\, but got {n}.");
            }
        }

        return b.ToString();
    }

    private string EscapeToRune(TomlItem it, string hex)
    {
        long value = long.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        {
            throw Fail(it.Position, $"Escaped character '\\u{hex}' is not valid UTF-8.");
        }

        return char.ConvertFromUtf32((int)value);
    }
}
