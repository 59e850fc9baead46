using System.Text;
using Bosun.Core.Values;

namespace Bosun.Engine.Charts;

/// <summary>
/// helm's <c>strvals</c> parser (pkg/strvals/parser.go) for <c>--set</c>, <c>--set-string</c>,
/// <c>--set-file</c> and <c>--set-json</c>: comma-separated <c>a.b=c</c> assignments, list values
/// <c>{a,b}</c>, indexes <c>a[0]=x</c>, backslash escapes, helm's typing of plain values, and helm's
/// error texts (including the recovered type-assertion panics). <c>--set-literal</c> is
/// <see cref="SetLiteralParser"/>.
/// </summary>
public sealed partial class SetValueParser
{
    /// <summary>strvals.MaxNestedNameLevel.</summary>
    public const int MaxNestedNameLevel = 30;

    /// <summary>strvals.MaxIndex.</summary>
    public const int MaxIndex = 65536;

    private const string StopKey = "=[,.";
    private const string StopValue = ",";
    private const string StopListItem = "[.=";
    private const string StopIndex = "]";
    private const string StopList = ",}";

    private readonly string _text;
    private readonly Mode _mode;
    private readonly Func<string, object?>? _fileReader;
    private readonly int _helmMajor;
    private int _position;

    private SetValueParser(string text, Mode mode, Func<string, object?>? fileReader, int helmMajor)
    {
        _text = text;
        _mode = mode;
        _fileReader = fileReader;
        _helmMajor = helmMajor;
    }

    private enum Mode
    {
        Typed,
        String,
        File,
        Json,
    }

    /// <summary>strvals.ParseInto (<c>--set</c>); throws <see cref="SetValueException"/> with helm's message.</summary>
    public static void ParseInto(string expression, GoMap destination, int helmMajor = 4) =>
        new SetValueParser(expression, Mode.Typed, null, helmMajor).Parse(destination);

    /// <summary>strvals.ParseIntoString (<c>--set-string</c>): every value stays a string.</summary>
    public static void ParseIntoString(string expression, GoMap destination, int helmMajor = 4) =>
        new SetValueParser(expression, Mode.String, null, helmMajor).Parse(destination);

    /// <summary>
    /// strvals.ParseIntoFile (<c>--set-file</c>): each value is a path handed to <paramref name="reader"/>,
    /// which returns the file's content or throws <see cref="SetValueException"/> with the read error.
    /// </summary>
    public static void ParseIntoFile(string expression, GoMap destination, Func<string, object?> reader, int helmMajor = 4) =>
        new SetValueParser(expression, Mode.File, reader, helmMajor).Parse(destination);

    /// <summary>strvals.ParseJSON (<c>--set-json</c> <c>key=json</c> form): values are JSON, empty means null.</summary>
    public static void ParseJson(string expression, GoMap destination, int helmMajor = 4) =>
        new SetValueParser(expression, Mode.Json, null, helmMajor).Parse(destination);

    /// <summary>helm's typedVal for --set.</summary>
    public static object? TypedValue(string value)
    {
        if (EqualFold(value, "true"))
        {
            return GoValue.True;
        }

        if (EqualFold(value, "false"))
        {
            return GoValue.False;
        }

        if (EqualFold(value, "null"))
        {
            return null;
        }

        if (value == "0")
        {
            return GoInt.Int64(0);
        }

        if (value.Length != 0 && value[0] != '0' && TryParseInt64(value, out long number, out _))
        {
            return GoInt.Int64(number);
        }

        return value;
    }

    private void Parse(GoMap destination)
    {
        while (true)
        {
            ParseError? error = Key(destination, 0);
            if (error is null)
            {
                continue;
            }

            if (error.EndsInput(_helmMajor))
            {
                return;
            }

            throw new SetValueException(error.Message);
        }
    }

    /// <summary>parser.key, with its deferred recover turning type-assertion panics into errors.</summary>
    private ParseError? Key(GoMap data, int nestedNameLevel)
    {
        try
        {
            return KeyCore(data, nestedNameLevel);
        }
        catch (AssertionPanic panic)
        {
            return new ParseError("unable to parse key: " + panic.Message);
        }
    }

    private ParseError? KeyCore(GoMap data, int nestedNameLevel)
    {
        var (key, last, eof) = RunesUntil(StopKey);
        if (eof)
        {
            return key.Length == 0 ? ParseError.Eof : new ParseError($"key {Quote(key)} has no value");
        }

        switch (last)
        {
            case '[':
            {
                var (index, indexError) = KeyIndex();
                if (indexError is not null)
                {
                    return indexError.Wrap("error parsing index: ");
                }

                GoList list = data.TryGetValue(key, out object? existing) ? AssertList(existing) : new GoList();
                var (result, error) = ListItem(list, index, nestedNameLevel);
                Set(data, key, result);
                return error;
            }

            case '=':
                return _mode == Mode.Json ? JsonValue(data, key) : AssignValue(data, key);

            case ',':
                Set(data, key, string.Empty);
                return new ParseError($"key {Quote(key)} has no value (cannot end with ,)");

            default: // '.'
            {
                nestedNameLevel++;
                if (nestedNameLevel > MaxNestedNameLevel)
                {
                    return new ParseError(
                        $"value name nested level is greater than maximum supported nested level of {MaxNestedNameLevel}");
                }

                GoMap inner = data.TryGetValue(key, out object? existing) ? AssertMap(existing) : new GoMap();
                ParseError? error = Key(inner, nestedNameLevel);
                if (error is null && inner.Count == 0)
                {
                    return new ParseError($"key map {Quote(key)} has no value");
                }

                if (inner.Count != 0)
                {
                    Set(data, key, inner);
                }

                return error;
            }
        }
    }

    private ParseError? AssignValue(GoMap data, string key)
    {
        var (values, listError) = ValueList();
        if (listError is null)
        {
            Set(data, key, values);
            return null;
        }

        if (ReferenceEquals(listError, ParseError.Eof))
        {
            Set(data, key, string.Empty);
            return listError;
        }

        if (!ReferenceEquals(listError, ParseError.NotList))
        {
            return listError;
        }

        var (raw, _, _) = RunesUntil(StopValue);
        var (value, readError) = Read(raw);
        Set(data, key, value);
        return readError;
    }

    private (GoList List, ParseError? Error) ListItem(GoList list, long index, int nestedNameLevel)
    {
        if (index < 0)
        {
            return (list, new ParseError($"negative {index} index not allowed"));
        }

        var (rest, last, eof) = RunesUntil(StopListItem);
        if (rest.Length > 0)
        {
            return (list, new ParseError($"unexpected data at end of array index: {QuoteRunes(rest)}"));
        }

        if (eof)
        {
            return (list, ParseError.Eof);
        }

        switch (last)
        {
            case '=':
            {
                if (_mode == Mode.Json)
                {
                    return JsonListValue(list, index);
                }

                var (values, listError) = ValueList();
                if (listError is null)
                {
                    return SetIndex(list, index, values);
                }

                if (ReferenceEquals(listError, ParseError.Eof))
                {
                    return SetIndex(list, index, string.Empty);
                }

                if (!ReferenceEquals(listError, ParseError.NotList))
                {
                    return (list, listError);
                }

                var (raw, _, _) = RunesUntil(StopValue);
                var (value, readError) = Read(raw);
                return readError is not null ? (list, readError) : SetIndex(list, index, value);
            }

            case '[':
            {
                var (next, indexError) = KeyIndex();
                if (indexError is not null)
                {
                    return (list, indexError.Wrap("error parsing index: "));
                }

                GoList current = new();
                if (list.Count > index && list[(int)index] is { } existing)
                {
                    current = AssertList(existing);
                }

                var (nested, error) = ListItem(current, next, nestedNameLevel);
                return error is not null ? (list, error) : SetIndex(list, index, nested);
            }

            default: // '.'
            {
                GoMap inner = new();
                if (list.Count > index)
                {
                    if (list[(int)index] is GoMap map && ValuesLoader.IsPlainMap(map))
                    {
                        inner = map;
                    }
                    else
                    {
                        list.Items[(int)index] = inner;
                    }
                }

                ParseError? error = Key(inner, nestedNameLevel);
                return error is not null ? (list, error) : SetIndex(list, index, inner);
            }
        }
    }

    /// <summary>setIndex: grows the list with nils as needed (a new backing list, as Go's make+copy).</summary>
    internal static (GoList List, ParseError? Error) SetIndex(GoList list, long index, object? value)
    {
        if (index < 0)
        {
            return (list, new ParseError($"negative {index} index not allowed"));
        }

        if (index > MaxIndex)
        {
            return (list, new ParseError($"index of {index} is greater than maximum supported index of {MaxIndex}"));
        }

        if (list.Count <= index)
        {
            var grown = new List<object?>((int)index + 1);
            grown.AddRange(list.Items);
            while (grown.Count <= index)
            {
                grown.Add(null);
            }

            list = new GoList(GoType.SliceOfInterface, grown);
        }

        list.Items[(int)index] = value;
        return (list, null);
    }

    /// <summary>keyIndex: the digits up to <c>]</c> through strconv.Atoi.</summary>
    private (long Index, ParseError? Error) KeyIndex()
    {
        var (digits, _, eof) = RunesUntil(StopIndex);
        if (eof)
        {
            return (0, ParseError.Eof);
        }

        return Atoi(digits);
    }

    /// <summary>strconv.Atoi on 64-bit Go, with its error text.</summary>
    internal static (long Index, ParseError? Error) Atoi(string digits)
    {
        if (TryParseInt64(digits, out long index, out bool outOfRange))
        {
            return (index, null);
        }

        string reason = outOfRange ? "value out of range" : "invalid syntax";
        return (0, new ParseError($"strconv.Atoi: parsing {Quote(digits)}: {reason}"));
    }

    /// <summary>valList: a <c>{a,b}</c> list, or <see cref="ParseError.NotList"/> / <see cref="ParseError.Eof"/>.</summary>
    private (GoList Values, ParseError? Error) ValueList()
    {
        if (_position >= _text.Length)
        {
            return (new GoList(), ParseError.Eof);
        }

        if (_text[_position] != '{')
        {
            return (new GoList(), ParseError.NotList);
        }

        _position++;
        var list = new GoList();
        while (true)
        {
            var (raw, last, eof) = RunesUntil(StopList);
            if (eof)
            {
                return (list, new ParseError("list must terminate with '}'"));
            }

            if (last == '}')
            {
                if (_position < _text.Length && _text[_position] == ',')
                {
                    _position++;
                }

                var (value, error) = Read(raw);
                list.Items.Add(value);
                return (list, error);
            }

            var (item, itemError) = Read(raw);
            if (itemError is not null)
            {
                return (list, itemError);
            }

            list.Items.Add(item);
        }
    }

    /// <summary>The parser's reader: typedVal, the string converter, or the --set-file reader.</summary>
    private (object? Value, ParseError? Error) Read(string raw)
    {
        switch (_mode)
        {
            case Mode.String:
                return (raw, null);
            case Mode.File when _fileReader is not null:
                try
                {
                    return (_fileReader(raw), null);
                }
                catch (SetValueException ex)
                {
                    return (null, new ParseError(ex.Message));
                }

            default:
                return (TypedValue(raw), null);
        }
    }

    /// <summary>runesUntil: reads up to a stop character, a backslash escaping the next character.</summary>
    private (string Text, char Last, bool Eof) RunesUntil(string stop)
    {
        var sb = new StringBuilder();
        while (_position < _text.Length)
        {
            char c = _text[_position++];
            if (stop.Contains(c, StringComparison.Ordinal))
            {
                return (sb.ToString(), c, false);
            }

            if (c == '\\')
            {
                if (_position >= _text.Length)
                {
                    return (sb.ToString(), '\0', true);
                }

                c = _text[_position++];
                sb.Append(c);
                if (char.IsHighSurrogate(c) && _position < _text.Length && char.IsLowSurrogate(_text[_position]))
                {
                    sb.Append(_text[_position++]);
                }

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

    internal static GoList AssertList(object? value) =>
        value is GoList list && list.Type.Equals(GoType.SliceOfInterface)
            ? list
            : throw new AssertionPanic(ConversionMessage(value, "[]interface {}"));

    internal static GoMap AssertMap(object? value) =>
        value is GoMap map && ValuesLoader.IsPlainMap(map)
            ? map
            : throw new AssertionPanic(ConversionMessage(value, "map[string]interface {}"));

    private static string ConversionMessage(object? value, string wanted) =>
        $"interface conversion: interface {{}} is {(value is null ? "nil" : GoValue.TypeName(value))}, not {wanted}";

    private static string Quote(string s) => GoStrconv.Quote(s);

    /// <summary>fmt's %q of a []rune: each rune as a quoted character literal, space-separated, in brackets.</summary>
    internal static string QuoteRunes(string s)
    {
        var sb = new StringBuilder("[");
        for (int i = 0; i < s.Length; i++)
        {
            int rune = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                rune = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }

            sb.Append(sb.Length > 1 ? " " : string.Empty).Append(GoStrconv.QuoteRune(rune));
        }

        return sb.Append(']').ToString();
    }

    /// <summary>strconv.ParseInt(s, 10, 64) (also Atoi on 64-bit): optional sign, ASCII digits only.</summary>
    private static bool TryParseInt64(string s, out long value, out bool outOfRange)
    {
        value = 0;
        outOfRange = false;
        int start = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        if (start == s.Length)
        {
            return false;
        }

        for (int i = start; i < s.Length; i++)
        {
            if (s[i] is < '0' or > '9')
            {
                return false;
            }
        }

        bool negative = s[0] == '-';
        ulong magnitude = 0;
        for (int i = start; i < s.Length; i++)
        {
            ulong digit = (ulong)(s[i] - '0');
            if (magnitude > (ulong.MaxValue - digit) / 10)
            {
                outOfRange = true;
                return false;
            }

            magnitude = (magnitude * 10) + digit;
        }

        ulong limit = negative ? (ulong)long.MaxValue + 1 : long.MaxValue;
        if (magnitude > limit)
        {
            outOfRange = true;
            return false;
        }

        value = negative ? (long)(0 - magnitude) : (long)magnitude;
        return true;
    }

    /// <summary>strings.EqualFold against an ASCII lower-case word (ſ folds to s, K to k as in Go).</summary>
    private static bool EqualFold(string value, string word)
    {
        if (value.Length != word.Length)
        {
            return false;
        }

        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            char w = word[i];
            bool same = c == w || c == char.ToUpperInvariant(w) && c < 128
                || (w == 's' && c == '\u017F') || (w == 'k' && c == '\u212A');
            if (!same)
            {
                return false;
            }
        }

        return true;
    }
}
