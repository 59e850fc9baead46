namespace Bosun.Core.Values;

/// <summary>Go's encoding/json over the value model (helm <c>toJson</c>, <c>toRawJson</c>, <c>fromJson</c>).</summary>
public static class GoJson
{
    /// <summary>json.Marshal: sorted keys, Go number formatting; <paramref name="escapeHtml"/> escapes &lt; &gt; &amp; as \u003c… (toJson) or not (toRawJson).</summary>
    public static string Serialize(object? value, bool escapeHtml) => throw new NotImplementedException(nameof(Serialize));

    /// <summary>json.Unmarshal into interface{}: objects → GoMap, arrays → GoList, numbers → float64. Throws <see cref="GoFailure"/> with Go's message.</summary>
    public static object? Deserialize(string json) => throw new NotImplementedException(nameof(Deserialize));
}
