using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Apply;

/// <summary>
/// Value helpers with structured-merge-diff's semantics: a total order over JSON values (numbers, strings, bools,
/// lists, maps, null), deep equality that compares ints and floats numerically, and Go's printing of values in paths.
/// </summary>
public static class JsonValues
{
    private enum Rank { Number = 0, String = 1, Bool = 2, List = 3, Map = 4, Null = 5 }

    private static Rank RankOf(JsonNode? node) => node switch
    {
        null => Rank.Null,
        JsonArray => Rank.List,
        JsonObject => Rank.Map,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.Number => Rank.Number,
            JsonValueKind.String => Rank.String,
            JsonValueKind.True or JsonValueKind.False => Rank.Bool,
            _ => Rank.Null,
        },
        _ => Rank.Null,
    };

    /// <summary>Total order (SMD <c>value.Compare</c>): numbers &lt; strings &lt; bools &lt; lists &lt; maps &lt; null.</summary>
    public static int Compare(JsonNode? a, JsonNode? b)
    {
        var ra = RankOf(a);
        var rb = RankOf(b);
        if (ra != rb)
        {
            return ra < rb ? -1 : 1;
        }
        switch (a, b)
        {
            case (JsonArray la, JsonArray lb):
                for (var i = 0; i < la.Count && i < lb.Count; i++)
                {
                    var c = Compare(la[i], lb[i]);
                    if (c != 0)
                    {
                        return c;
                    }
                }
                return la.Count.CompareTo(lb.Count);
            case (JsonObject oa, JsonObject ob):
                {
                    var ma = oa.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
                    var mb = ob.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
                    for (var i = 0; i < ma.Count && i < mb.Count; i++)
                    {
                        var c = string.CompareOrdinal(ma[i].Key, mb[i].Key);
                        if (c != 0)
                        {
                            return c < 0 ? -1 : 1;
                        }
                        c = Compare(ma[i].Value, mb[i].Value);
                        if (c != 0)
                        {
                            return c;
                        }
                    }
                    return ma.Count.CompareTo(mb.Count);
                }
            case (JsonValue va, JsonValue vb):
                return ra switch
                {
                    Rank.Number => AsDouble(va).CompareTo(AsDouble(vb)),
                    Rank.String => Math.Sign(string.CompareOrdinal(va.GetValue<string>(), vb.GetValue<string>())),
                    Rank.Bool => va.GetValue<bool>().CompareTo(vb.GetValue<bool>()),
                    _ => 0,
                };
            default:
                return 0;
        }
    }

    /// <summary>Deep equality; numbers compare by value (1 equals 1.0), object member order is irrelevant.</summary>
    public static bool DeepEquals(JsonNode? a, JsonNode? b)
    {
        if (RankOf(a) != RankOf(b))
        {
            return false;
        }
        switch (a, b)
        {
            case (JsonArray la, JsonArray lb):
                if (la.Count != lb.Count)
                {
                    return false;
                }
                for (var i = 0; i < la.Count; i++)
                {
                    if (!DeepEquals(la[i], lb[i]))
                    {
                        return false;
                    }
                }
                return true;
            case (JsonObject ma, JsonObject mb):
                if (ma.Count != mb.Count)
                {
                    return false;
                }
                foreach (var (key, value) in ma)
                {
                    if (!mb.TryGetPropertyValue(key, out var other) || !DeepEquals(value, other))
                    {
                        return false;
                    }
                }
                return true;
            default:
                return Compare(a, b) == 0;
        }
    }

    /// <summary>A deep copy (null stays null).</summary>
    public static JsonNode? Clone(JsonNode? node) => node?.DeepClone();

    /// <summary>Compact JSON of a value, as Go's encoding/json writes it (used in <c>k:</c>/<c>v:</c> path elements).</summary>
    public static string ToJson(JsonNode? node) => node is null ? "null" : node.ToJsonString(s_compact);

    /// <summary>
    /// Compact JSON as Go's encoding/json writes it: like <see cref="ToJson"/>, plus <c>&lt; &gt; &amp;</c> and
    /// U+2028/U+2029 escaped (<c>\u003c</c>…), which is how kube-apiserver spells <c>k:</c>/<c>v:</c> elements.
    /// </summary>
    public static string ToGoJson(JsonNode? node)
    {
        var json = ToJson(node);
        if (json.AsSpan().IndexOfAny("<>&\u2028\u2029") < 0)
        {
            return json;
        }
        var sb = new StringBuilder(json.Length + 16);
        foreach (var c in json)
        {
            sb.Append(c switch
            {
                '<' => "\\u003c",
                '>' => "\\u003e",
                '&' => "\\u0026",
                '\u2028' => "\\u2028",
                '\u2029' => "\\u2029",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    private static readonly JsonSerializerOptions s_compact = new()
    {
        WriteIndented = false,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// SMD's <c>value.ToString</c>: strings as Go <c>%q</c>, numbers and bools plain, lists <c>[a,b]</c>, null <c>null</c>.
    /// </summary>
    public static string ToGoString(JsonNode? node) => node switch
    {
        null => "null",
        JsonArray list => "[" + string.Join(",", list.Select(ToGoString)) + "]",
        JsonObject map => string.Concat(map.Select(p => p.Key + "=" + ToGoString(p.Value))),
        JsonValue v => RankOf(v) switch
        {
            Rank.Number => FormatNumber(v),
            Rank.String => GoQuote(v.GetValue<string>()),
            Rank.Bool => v.GetValue<bool>() ? "true" : "false",
            _ => "null",
        },
        _ => "null",
    };

    private static string FormatNumber(JsonValue v)
    {
        if (v.TryGetValue<long>(out var l))
        {
            return l.ToString(CultureInfo.InvariantCulture);
        }
        var text = v.ToJsonString();
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out l))
        {
            return l.ToString(CultureInfo.InvariantCulture);
        }
        var d = AsDouble(v);
        if (d == Math.Floor(d) && Math.Abs(d) < 1e21)
        {
            return d.ToString("0", CultureInfo.InvariantCulture);
        }
        return d.ToString("R", CultureInfo.InvariantCulture);
    }

    internal static bool IsInteger(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number &&
        long.TryParse(v.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    internal static double AsDouble(JsonValue value) =>
        double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Go's <c>strconv.Quote</c> (Core's exact implementation).</summary>
    public static string GoQuote(string s) => Bosun.Core.Values.GoStrconv.Quote(s);

    internal static JsonValueKind Kind(JsonNode? node) => node?.GetValueKind() ?? JsonValueKind.Null;
}
