namespace Bosun.Core.Values;

/// <summary>Go's encoding/json over the value model (helm <c>toJson</c>, <c>toRawJson</c>, <c>fromJson</c>).</summary>
public static class GoJson
{
    /// <summary>json.Marshal: sorted keys, Go number formatting; <paramref name="escapeHtml"/> escapes &lt; &gt; &amp; as \u003c… (toJson) or not (toRawJson).</summary>
    public static string Serialize(object? value, bool escapeHtml) => GoJsonEncoder.Encode(value, escapeHtml);

    /// <summary>json.MarshalIndent(value, prefix, indent) (sprig <c>toPrettyJson</c> uses "" and two spaces).</summary>
    public static string SerializeIndented(object? value, string prefix, string indent) =>
        GoJsonIndent.Indent(GoJsonEncoder.Encode(value, escapeHtml: true), prefix, indent);

    /// <summary>Where the first JSON value at or after <paramref name="start"/> ends (json.Decoder), or -1 if none.</summary>
    public static int FirstValueEnd(string text, int start) => GoJsonSyntax.ValueEnd(text, start);

    /// <summary>json.Unmarshal into interface{}: objects → GoMap, arrays → GoList, numbers → float64. Throws <see cref="GoFailure"/> with Go's message.</summary>
    public static object? Deserialize(string json)
    {
        byte[] data = GoJsonUtf8.Encode(json);
        if (GoJsonSyntax.Check(data) is { } syntaxError)
        {
            throw new GoFailure(syntaxError);
        }

        var decoder = new GoJsonDecoder(data);
        object? value = decoder.DecodeValue();
        if (decoder.SavedError is { } error)
        {
            throw new GoFailure(error);
        }

        return value;
    }

    /// <summary>
    /// json.Unmarshal into a non-nil <c>map[string]interface{}</c> (helm's <c>fromJson</c>): the (possibly
    /// partial) map and Go's error text, if any. Returns null for JSON <c>null</c> (Go sets the map to nil).
    /// </summary>
    public static GoMap? DeserializeMap(string json, out string? error)
    {
        byte[] data = GoJsonUtf8.Encode(json);
        error = GoJsonSyntax.Check(data);
        if (error is not null)
        {
            return new GoMap();
        }

        var decoder = new GoJsonDecoder(data);
        byte kind = decoder.PeekKind();
        switch (kind)
        {
            case (byte)'{':
            {
                var value = decoder.DecodeValue() as GoMap;
                error = decoder.SavedError;
                return value;
            }

            case (byte)'n':
                return null;
            default:
                error = "json: cannot unmarshal " + KindName(kind) + " into Go value of type map[string]interface {}";
                return new GoMap();
        }
    }

    /// <summary>
    /// json.Unmarshal into a <c>[]interface{}</c> (helm's <c>fromJsonArray</c>): the list (a nil list for
    /// JSON <c>null</c>) and Go's error text, if any.
    /// </summary>
    public static GoList DeserializeList(string json, out string? error)
    {
        byte[] data = GoJsonUtf8.Encode(json);
        error = GoJsonSyntax.Check(data);
        if (error is not null)
        {
            return new GoList();
        }

        var decoder = new GoJsonDecoder(data);
        byte kind = decoder.PeekKind();
        switch (kind)
        {
            case (byte)'[':
            {
                var value = decoder.DecodeValue() as GoList ?? new GoList();
                error = decoder.SavedError;
                return value;
            }

            case (byte)'n':
                return new GoList(GoType.SliceOfInterface, []) { IsNil = true };
            default:
                error = "json: cannot unmarshal " + KindName(kind) + " into Go value of type []interface {}";
                return new GoList();
        }
    }

    private static string KindName(byte first) => first switch
    {
        (byte)'{' => "object",
        (byte)'[' => "array",
        (byte)'"' => "string",
        (byte)'t' or (byte)'f' => "bool",
        _ => "number",
    };
}
