using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Apply;

/// <summary>
/// One step of a field path (SMD <c>fieldpath.PathElement</c>): a field name, an associative-list key (fields sorted
/// by name), a set value, or an index. Ordered and compared like SMD so sets serialize in the server's order.
/// </summary>
public sealed class PathElement : IEquatable<PathElement>
{
    private readonly string _canonical;

    private PathElement(PathElementKind kind, string? name, IReadOnlyList<KeyValuePair<string, JsonNode?>> keys, JsonNode? value, int index)
    {
        Kind = kind;
        Name = name;
        Keys = keys;
        Value = value;
        Index = index;
        _canonical = kind switch
        {
            PathElementKind.Field => "f:" + name,
            PathElementKind.Key => "k:" + KeyJson(keys),
            PathElementKind.Value => "v:" + JsonValues.ToGoJson(value),
            _ => "i:" + index.ToString(CultureInfo.InvariantCulture),
        };
    }

    public PathElementKind Kind { get; }

    /// <summary>The field name (Field elements).</summary>
    public string? Name { get; }

    /// <summary>The key fields sorted by name (Key elements; empty for the others).</summary>
    public IReadOnlyList<KeyValuePair<string, JsonNode?>> Keys { get; }

    /// <summary>The item value (Value elements).</summary>
    public JsonNode? Value { get; }

    /// <summary>The index (Index elements).</summary>
    public int Index { get; }

    public static PathElement Field(string name) => new(PathElementKind.Field, name, [], null, 0);

    public static PathElement Key(IEnumerable<KeyValuePair<string, JsonNode?>> keys) =>
        new(PathElementKind.Key, null,
            keys.Select(k => new KeyValuePair<string, JsonNode?>(k.Key, JsonValues.Clone(k.Value)))
                .OrderBy(k => k.Key, StringComparer.Ordinal).ToList(),
            null, 0);

    public static PathElement Key(params (string Name, JsonNode? Value)[] keys) =>
        Key(keys.Select(k => new KeyValuePair<string, JsonNode?>(k.Name, k.Value)));

    public static PathElement OfValue(JsonNode? value) => new(PathElementKind.Value, null, [], JsonValues.Clone(value), 0);

    public static PathElement OfIndex(int index) => new(PathElementKind.Index, null, [], null, index);

    /// <summary>The fieldsV1 key: <c>f:name</c>, <c>k:{"a":1,"b":"x"}</c>, <c>v:"x"</c> or <c>i:3</c>.</summary>
    public string Serialize() => _canonical;

    private static string KeyJson(IReadOnlyList<KeyValuePair<string, JsonNode?>> keys)
    {
        var sb = new StringBuilder("{");
        for (var i = 0; i < keys.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }
            sb.Append(JsonValues.ToGoJson(JsonValue.Create(keys[i].Key))).Append(':').Append(JsonValues.ToGoJson(keys[i].Value));
        }
        return sb.Append('}').ToString();
    }

    /// <summary>SMD's <c>PathElement.String()</c>: <c>.name</c>, <c>[name="web"]</c>, <c>[=value]</c>, <c>[3]</c>.</summary>
    public override string ToString() => Kind switch
    {
        PathElementKind.Field => "." + Name,
        PathElementKind.Key => "[" + string.Join(",", Keys.Select(k => k.Key + "=" + JsonValues.ToGoString(k.Value))) + "]",
        PathElementKind.Value => "[=" + JsonValues.ToGoString(Value) + "]",
        _ => "[" + Index.ToString(CultureInfo.InvariantCulture) + "]",
    };

    /// <summary>SMD's order: fields, then keys, values, indexes; each by name or value.</summary>
    public int CompareTo(PathElement? other)
    {
        if (other is null)
        {
            return 1;
        }
        if (Kind != other.Kind)
        {
            return Kind < other.Kind ? -1 : 1;
        }
        switch (Kind)
        {
            case PathElementKind.Field:
                return Math.Sign(string.CompareOrdinal(Name, other.Name));
            case PathElementKind.Key:
                {
                    var a = Keys;
                    var b = other.Keys;
                    for (var i = 0; i < a.Count && i < b.Count; i++)
                    {
                        var c = Math.Sign(string.CompareOrdinal(a[i].Key, b[i].Key));
                        if (c != 0)
                        {
                            return c;
                        }
                        c = JsonValues.Compare(a[i].Value, b[i].Value);
                        if (c != 0)
                        {
                            return c;
                        }
                    }
                    return a.Count.CompareTo(b.Count);
                }
            case PathElementKind.Value:
                return JsonValues.Compare(Value, other.Value);
            default:
                return Index.CompareTo(other.Index);
        }
    }

    public bool Equals(PathElement? other) => other is not null && CompareTo(other) == 0;

    public override bool Equals(object? obj) => obj is PathElement other && Equals(other);

    public override int GetHashCode() => Kind switch
    {
        PathElementKind.Field => HashCode.Combine(Kind, Name),
        PathElementKind.Index => HashCode.Combine(Kind, Index),
        // Numbers that compare equal (1 and 1.0) must hash equal: hash only the key names and value kinds.
        PathElementKind.Key => HashCode.Combine(Kind, string.Join(",", Keys.Select(k => k.Key + ":" + JsonValues.Kind(k.Value)))),
        _ => HashCode.Combine(Kind, JsonValues.Kind(Value)),
    };

    /// <summary>Orders path elements as SMD does.</summary>
    public static IComparer<PathElement> Comparer { get; } = Comparer<PathElement>.Create((a, b) => a.CompareTo(b));
}
