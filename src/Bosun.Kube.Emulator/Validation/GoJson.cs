using System.Text;
using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Apply;

namespace Bosun.Kube.Emulator.Validation;

/// <summary>
/// Go <c>encoding/json</c> output for values in validation messages: map keys sorted, struct fields in declaration
/// order, <c>&lt; &gt; &amp;</c> escaped as <c>\u003c</c>.
/// </summary>
internal static class GoJson
{
    /// <summary>A map or unknown object: keys sorted like Go's map encoding.</summary>
    public static string Marshal(JsonNode? node) => Escape(JsonValues.ToJson(Sorted(node)));

    /// <summary>metav1.LabelSelector (matchLabels, then matchExpressions with key, operator, values).</summary>
    public static string LabelSelector(JsonNode? selector)
    {
        if (selector is not JsonObject s)
        {
            return "null";
        }
        var o = new JsonObject();
        if (s["matchLabels"] is JsonObject { Count: > 0 } labels)
        {
            o["matchLabels"] = Sorted(labels);
        }
        if (s["matchExpressions"] is JsonArray { Count: > 0 } exprs)
        {
            var list = new JsonArray();
            foreach (var e in exprs)
            {
                var item = new JsonObject();
                foreach (var f in new[] { "key", "operator", "values" })
                {
                    if (e is JsonObject eo && eo.TryGetPropertyValue(f, out var v) && v is not null && !IsEmpty(v))
                    {
                        item[f] = v.DeepClone();
                    }
                }
                list.Add((JsonNode)item);
            }
            o["matchExpressions"] = list;
        }
        return Escape(JsonValues.ToJson(o));
    }

    private static bool IsEmpty(JsonNode? v) => v is null || v is JsonObject { Count: 0 } || v is JsonArray { Count: 0 } ||
        (v is JsonValue jv && jv.TryGetValue<string>(out var s) && s.Length == 0);

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new KeyValuePair<string, JsonNode?>(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Sorted).ToArray()),
        _ => node?.DeepClone(),
    };

    private static string Escape(string json)
    {
        var sb = new StringBuilder(json.Length);
        foreach (var c in json)
        {
            sb.Append(c switch
            {
                '<' => "\\u003c",
                '>' => "\\u003e",
                '&' => "\\u0026",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }
}
