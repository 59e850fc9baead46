using System.Globalization;
using System.Text;
using Bosun.Core.Values;

namespace Bosun.Engine.Charts;

/// <summary>
/// helm's <c>strvals.ParseInto</c> for <c>--set</c>: comma-separated <c>a.b=c</c> assignments, list
/// values <c>{a,b}</c>, indexes <c>a[0]=x</c>, backslash escapes, and helm's typing of plain values
/// (<c>true</c>/<c>false</c> → bool, <c>null</c> → nil, integers without a leading zero → int64, else string).
/// </summary>
public sealed class SetValueParser
{
    /// <summary>strvals.MaxNestedNameLevel.</summary>
    public const int MaxNestedNameLevel = 30;

    /// <summary>strvals.MaxIndex.</summary>
    public const int MaxIndex = 65536;

    private readonly string _text;
    private int _position;

    private SetValueParser(string text)
    {
        _text = text;
    }

    /// <summary>Parses one <c>--set</c> argument into <paramref name="destination"/>; throws <see cref="SetValueException"/> with helm's message.</summary>
    public static void ParseInto(string expression, GoMap destination)
    {
        var parser = new SetValueParser(expression);
        while (!parser.Key(destination, 0))
        {
        }
    }

    /// <summary>helm's typedVal for --set.</summary>
    public static object? TypedValue(string value)
    {
        if (value.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return GoValue.True;
        }

        if (value.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return GoValue.False;
        }

        if (value.Equals("null", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (value == "0")
        {
            return GoInt.Int64(0);
        }

        if (value.Length != 0 && value[0] != '0'
            && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number)
            && (value[0] is '-' or '+' or (>= '0' and <= '9')))
        {
            return GoInt.Int64(number);
        }

        return value;
    }

    /// <summary>Parses one key; returns true at the end of input.</summary>
    private bool Key(GoMap data, int nestedNameLevel)
    {
        var (key, last, eof) = RunesUntil('=', '[', ',', '.');
        if (eof)
        {
            if (key.Length == 0)
            {
                return true;
            }

            throw new SetValueException($"key \"{key}\" has no value");
        }

        switch (last)
        {
            case '[':
            {
                int index = KeyIndex();
                GoList list = data.TryGetValue(key, out object? existing)
                    ? existing as GoList ?? throw ConversionPanic(existing, "[]interface {}")
                    : new GoList();
                list = ListItem(list, index, nestedNameLevel, out bool atEnd);
                Set(data, key, list);
                return atEnd;
            }

            case '=':
            {
                var (values, status) = ValueList();
                switch (status)
                {
                    case ListStatus.List:
                        Set(data, key, values);
                        return false;
                    case ListStatus.Eof:
                        Set(data, key, string.Empty);
                        return true;
                    default:
                        var (raw, _, valueEof) = RunesUntil(',');
                        Set(data, key, TypedValue(raw));
                        return valueEof;
                }
            }

            case ',':
                Set(data, key, string.Empty);
                throw new SetValueException($"key \"{key}\" has no value (cannot end with ,)");

            default: // '.'
            {
                nestedNameLevel++;
                if (nestedNameLevel > MaxNestedNameLevel)
                {
                    throw new SetValueException(
                        $"value name nested level is greater than maximum supported nested level of {MaxNestedNameLevel}");
                }

                GoMap inner = data.TryGetValue(key, out object? existing)
                    ? existing as GoMap ?? throw ConversionPanic(existing, "map[string]interface {}")
                    : new GoMap();
                bool atEnd;
                try
                {
                    atEnd = Key(inner, nestedNameLevel);
                }
                finally
                {
                    if (inner.Count != 0)
                    {
                        Set(data, key, inner);
                    }
                }

                if (!atEnd && inner.Count == 0)
                {
                    throw new SetValueException($"key map \"{key}\" has no value");
                }

                return atEnd;
            }
        }
    }

    private GoList ListItem(GoList list, int index, int nestedNameLevel, out bool atEnd)
    {
        if (index < 0)
        {
            throw new SetValueException($"negative {index} index not allowed");
        }

        var (rest, last, eof) = RunesUntil('[', '.', '=');
        if (rest.Length > 0)
        {
            throw new SetValueException($"unexpected data at end of array index: \"{rest}\"");
        }

        if (eof)
        {
            // helm's parser treats io.EOF as the end of input, not as an error.
            atEnd = true;
            return list;
        }

        switch (last)
        {
            case '=':
            {
                var (values, status) = ValueList();
                switch (status)
                {
                    case ListStatus.List:
                        atEnd = false;
                        return SetIndex(list, index, values);
                    case ListStatus.Eof:
                        atEnd = true;
                        return SetIndex(list, index, string.Empty);
                    default:
                        var (raw, _, valueEof) = RunesUntil(',');
                        atEnd = valueEof;
                        return SetIndex(list, index, TypedValue(raw));
                }
            }

            case '[':
            {
                int next = KeyIndex();
                GoList current = new();
                if (list.Count > index && list[index] is { } existing)
                {
                    current = existing as GoList ?? throw ConversionPanic(existing, "[]interface {}");
                }

                GoList nested = ListItem(current, next, nestedNameLevel, out atEnd);
                return SetIndex(list, index, nested);
            }

            default: // '.'
            {
                GoMap inner = new();
                if (list.Count > index)
                {
                    if (list[index] is GoMap map && ValuesLoader.IsPlainMap(map))
                    {
                        inner = map;
                    }
                    else
                    {
                        list.Items[index] = inner;
                    }
                }

                atEnd = Key(inner, nestedNameLevel);
                return SetIndex(list, index, inner);
            }
        }
    }

    private static GoList SetIndex(GoList list, int index, object? value)
    {
        if (index < 0)
        {
            throw new SetValueException($"negative {index} index not allowed");
        }

        if (index > MaxIndex)
        {
            throw new SetValueException($"index of {index} is greater than maximum supported index of {MaxIndex}");
        }

        if (list.Count <= index)
        {
            var grown = new List<object?>(index + 1);
            grown.AddRange(list.Items);
            while (grown.Count <= index)
            {
                grown.Add(null);
            }

            list = new GoList(GoType.SliceOfInterface, grown);
        }

        list.Items[index] = value;
        return list;
    }

    private int KeyIndex()
    {
        var (digits, _, eof) = RunesUntil(']');
        if (eof)
        {
            throw new SetValueException("error parsing index: EOF");
        }

        if (!int.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int index))
        {
            throw new SetValueException($"error parsing index: strconv.Atoi: parsing \"{digits}\": invalid syntax");
        }

        return index;
    }

    private (GoList Values, ListStatus Status) ValueList()
    {
        if (_position >= _text.Length)
        {
            return (new GoList(), ListStatus.Eof);
        }

        if (_text[_position] != '{')
        {
            return (new GoList(), ListStatus.NotList);
        }

        _position++;
        var list = new GoList();
        while (true)
        {
            var (raw, last, eof) = RunesUntil(',', '}');
            if (eof)
            {
                throw new SetValueException("list must terminate with '}'");
            }

            list.Items.Add(TypedValue(raw));
            if (last == '}')
            {
                if (_position < _text.Length && _text[_position] == ',')
                {
                    _position++;
                }

                return (list, ListStatus.List);
            }
        }
    }

    private (string Text, char Last, bool Eof) RunesUntil(params ReadOnlySpan<char> stop)
    {
        var sb = new StringBuilder();
        while (_position < _text.Length)
        {
            char c = _text[_position++];
            if (stop.Contains(c))
            {
                return (sb.ToString(), c, false);
            }

            if (c == '\\')
            {
                if (_position >= _text.Length)
                {
                    return (sb.ToString(), '\0', true);
                }

                sb.Append(_text[_position++]);
                continue;
            }

            sb.Append(c);
        }

        return (sb.ToString(), '\0', true);
    }

    private static void Set(GoMap data, string key, object? value)
    {
        if (key.Length != 0)
        {
            data[key] = value;
        }
    }

    private static SetValueException ConversionPanic(object? existing, string wanted) =>
        new($"unable to parse key: interface conversion: interface {{}} is {GoValue.TypeName(existing)}, not {wanted}");

    private enum ListStatus
    {
        List,
        Eof,
        NotList,
    }
}
