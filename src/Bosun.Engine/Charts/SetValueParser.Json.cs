using Bosun.Core.Values;

namespace Bosun.Engine.Charts;

/// <summary>The <c>--set-json</c> values: one JSON value decoded as json.Decoder does, then blanks and a comma skipped.</summary>
public sealed partial class SetValueParser
{
    private ParseError? JsonValue(GoMap data, string key)
    {
        if (EmptyValue())
        {
            Set(data, key, null);
            return null;
        }

        var (value, error) = DecodeJson();
        if (error is not null)
        {
            return error;
        }

        Set(data, key, value);
        EmptyValue();
        return null;
    }

    private (GoList List, ParseError? Error) JsonListValue(GoList list, long index)
    {
        if (EmptyValue())
        {
            return SetIndex(list, index, null);
        }

        var (value, error) = DecodeJson();
        if (error is not null)
        {
            return (list, error);
        }

        (list, error) = SetIndex(list, index, value);
        if (error is not null)
        {
            return (list, error);
        }

        EmptyValue();
        return (list, null);
    }

    /// <summary>emptyVal: skips blanks; true at a comma (consumed) or the end, false before anything else.</summary>
    private bool EmptyValue()
    {
        while (_position < _text.Length)
        {
            char c = _text[_position];
            if (c == ',')
            {
                _position++;
                return true;
            }

            if (!char.IsWhiteSpace(c))
            {
                return false;
            }

            _position++;
        }

        return true;
    }

    /// <summary>json.NewDecoder(rest).Decode(&amp;v): the first JSON value of the rest of the input.</summary>
    private (object? Value, ParseError? Error) DecodeJson()
    {
        int end = GoJson.FirstValueEnd(_text, _position);
        if (end < 0)
        {
            // helm replaces the decoder's message with "failed parsing --set-json data <value>".
            return (null, new ParseError("invalid JSON"));
        }

        try
        {
            object? value = GoJson.Deserialize(_text[_position..end]);
            _position = end;
            return (value, null);
        }
        catch (GoFailure)
        {
            return (null, new ParseError("invalid JSON"));
        }
    }
}
