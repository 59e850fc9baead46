using System.Text;
using Bosun.Core.Values;
using ParseError = Bosun.Engine.Charts.SetValueParser.ParseError;

namespace Bosun.Engine.Charts;

/// <summary>
/// helm's strvals literal parser (pkg/strvals/literal_parser.go) for <c>--set-literal</c>: keys as in
/// <c>--set</c> but without escapes or commas, and the value is everything after the first <c>=</c>, verbatim.
/// </summary>
public sealed class SetLiteralParser
{
    private readonly string _text;
    private int _position;

    private SetLiteralParser(string text)
    {
        _text = text;
    }

    /// <summary>strvals.ParseLiteralInto; throws <see cref="SetValueException"/> with helm's message.</summary>
    public static void ParseInto(string expression, GoMap destination, int helmMajor = 4)
    {
        var parser = new SetLiteralParser(expression);
        while (true)
        {
            ParseError? error = parser.Key(destination, 0);
            if (error is null)
            {
                continue;
            }

            if (error.EndsInput(helmMajor))
            {
                return;
            }

            throw new SetValueException(error.Message);
        }
    }

    private ParseError? Key(GoMap data, int nestedNameLevel)
    {
        try
        {
            return KeyCore(data, nestedNameLevel);
        }
        catch (SetValueParser.AssertionPanic panic)
        {
            return new ParseError("unable to parse key: " + panic.Message);
        }
    }

    private ParseError? KeyCore(GoMap data, int nestedNameLevel)
    {
        var (key, last, atEnd) = RunesUntil("=[.");
        if (atEnd)
        {
            return key.Length == 0 ? ParseError.Eof : new ParseError($"key {GoStrconv.Quote(key)} has no value");
        }

        switch (last)
        {
            case '=':
                Set(data, key, Rest());
                return null;

            case '.':
            {
                nestedNameLevel++;
                if (nestedNameLevel > SetValueParser.MaxNestedNameLevel)
                {
                    return new ParseError(
                        $"value name nested level is greater than maximum supported nested level of {SetValueParser.MaxNestedNameLevel}");
                }

                GoMap inner = data.TryGetValue(key, out object? existing) ? SetValueParser.AssertMap(existing) : new GoMap();
                ParseError? error = Key(inner, nestedNameLevel);
                if (error is null && inner.Count == 0)
                {
                    return new ParseError($"key map {GoStrconv.Quote(key)} has no value");
                }

                if (inner.Count != 0)
                {
                    Set(data, key, inner);
                }

                return error;
            }

            default: // '['
            {
                var (index, indexError) = KeyIndex();
                if (indexError is not null)
                {
                    return indexError.Wrap("error parsing index: ");
                }

                GoList list = data.TryGetValue(key, out object? existing) ? SetValueParser.AssertList(existing) : new GoList();
                var (result, error) = ListItem(list, index, nestedNameLevel);
                Set(data, key, result);
                return error;
            }
        }
    }

    private (GoList List, ParseError? Error) ListItem(GoList list, long index, int nestedNameLevel)
    {
        if (index < 0)
        {
            return (list, new ParseError($"negative {index} index not allowed"));
        }

        var (rest, last, atEnd) = RunesUntil("[.=");
        if (rest.Length > 0)
        {
            return (list, new ParseError($"unexpected data at end of array index: {SetValueParser.QuoteRunes(rest)}"));
        }

        if (atEnd)
        {
            return (list, ParseError.Eof);
        }

        switch (last)
        {
            case '=':
                return SetValueParser.SetIndex(list, index, Rest());

            case '.':
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
                return error is not null ? (list, error) : SetValueParser.SetIndex(list, index, inner);
            }

            default: // '['
            {
                var (next, indexError) = KeyIndex();
                if (indexError is not null)
                {
                    return (list, indexError.Wrap("error parsing index: "));
                }

                GoList current = new();
                if (list.Count > index && list[(int)index] is { } existing)
                {
                    current = SetValueParser.AssertList(existing);
                }

                var (nested, error) = ListItem(current, next, nestedNameLevel);
                return error is not null ? (list, error) : SetValueParser.SetIndex(list, index, nested);
            }
        }
    }

    private (long Index, ParseError? Error) KeyIndex()
    {
        var (digits, _, atEnd) = RunesUntil("]");
        return atEnd ? (0, ParseError.Eof) : SetValueParser.Atoi(digits);
    }

    private string Rest()
    {
        string rest = _text[_position..];
        _position = _text.Length;
        return rest;
    }

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
}
