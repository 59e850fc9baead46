using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Apply;

public sealed partial class FieldSet
{
    /// <summary>
    /// The <c>fieldsV1</c> form (SMD <c>Set.ToJSON</c>): one object per trie node, keys in SMD order, a member
    /// without children is <c>{}</c>, a member that also has children carries <c>".":{}</c> first.
    /// </summary>
    public JsonObject ToFieldsV1()
    {
        var obj = new JsonObject();
        Emit(obj, includeSelf: false);
        return obj;
    }

    /// <summary>The compact JSON text of <see cref="ToFieldsV1"/>.</summary>
    public string ToFieldsV1Json() => JsonValues.ToJson(ToFieldsV1());

    private void Emit(JsonObject into, bool includeSelf)
    {
        if (includeSelf && (_members.Count > 0 || _children.Count > 0))
        {
            into["."] = new JsonObject();
        }
        var keys = new SortedSet<PathElement>(_members, PathElement.Comparer);
        keys.UnionWith(_children.Keys);
        foreach (var pe in keys)
        {
            var child = new JsonObject();
            if (_children.TryGetValue(pe, out var sub))
            {
                sub.Emit(child, includeSelf: _members.Contains(pe));
            }
            into[pe.Serialize()] = child;
        }
    }

    /// <summary>Parses a <c>fieldsV1</c> object (unknown element prefixes are dropped, as SMD does).</summary>
    /// <exception cref="FieldsV1Exception">The JSON is not a fieldsV1 trie.</exception>
    public static FieldSet FromFieldsV1(JsonNode? fieldsV1)
    {
        if (fieldsV1 is not JsonObject obj)
        {
            throw new FieldsV1Exception($"fieldsV1 must be a JSON object, got {Describe(fieldsV1)}");
        }
        var (children, _) = Read(obj, "");
        return children ?? new FieldSet();
    }

    /// <summary>Parses <c>fieldsV1</c> JSON text.</summary>
    /// <exception cref="FieldsV1Exception">The text is not JSON or not a fieldsV1 trie.</exception>
    public static FieldSet FromFieldsV1Json(string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FieldsV1Exception("fieldsV1 is not valid JSON: " + e.Message);
        }
        return FromFieldsV1(node);
    }

    private static (FieldSet? Children, bool IsMember) Read(JsonObject obj, string where)
    {
        FieldSet? children = null;
        var isMember = false;
        foreach (var (key, value) in obj)
        {
            if (key == ".")
            {
                isMember = true;
                continue;
            }
            var pe = ParseElement(key, where);
            if (pe is null)
            {
                continue;
            }
            if (value is not JsonObject sub)
            {
                throw new FieldsV1Exception($"fieldsV1 {where}{key}: expected an object, got {Describe(value)}");
            }
            var (grandchildren, childIsMember) = Read(sub, where + key + " ");
            children ??= new FieldSet();
            if (childIsMember)
            {
                children._members.Add(pe);
            }
            if (grandchildren is not null)
            {
                children.Descend(pe).UnionInPlace(grandchildren);
            }
        }
        if (children is null)
        {
            isMember = true;
        }
        return (children, isMember);
    }

    /// <summary>Parses one serialized path element; null for an unknown (future) prefix, which SMD skips.</summary>
    /// <exception cref="FieldsV1Exception">The element is malformed.</exception>
    public static PathElement? ParseElement(string key, string where = "")
    {
        if (key.Length < 2)
        {
            throw new FieldsV1Exception($"fieldsV1 {where}{Quote(key)}: key must be 2 characters long");
        }
        if (key[1] != ':')
        {
            throw new FieldsV1Exception($"fieldsV1 {where}{Quote(key)}: missing colon");
        }
        var body = key[2..];
        switch (key[0])
        {
            case 'f':
                return PathElement.Field(body);
            case 'v':
                return PathElement.OfValue(ParseJson(body, key, where));
            case 'k':
                {
                    if (ParseJson(body, key, where) is not JsonObject fields)
                    {
                        throw new FieldsV1Exception($"fieldsV1 {where}{Quote(key)}: a key element must be a JSON object");
                    }
                    if (fields.Count == 0)
                    {
                        throw new FieldsV1Exception($"fieldsV1 {where}{Quote(key)}: a key element needs at least one field");
                    }
                    return PathElement.Key(fields.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, p.Value)));
                }
            case 'i':
                if (!int.TryParse(body, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index))
                {
                    throw new FieldsV1Exception($"fieldsV1 {where}{Quote(key)}: the index is not an integer");
                }
                return PathElement.OfIndex(index);
            default:
                return null;
        }
    }

    private static JsonNode? ParseJson(string body, string key, string where)
    {
        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            throw new FieldsV1Exception($"fieldsV1 {where}{Quote(key)}: the element is not valid JSON");
        }
    }

    private static string Quote(string s) => JsonValues.GoQuote(s);

    private static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonArray => "an array",
        JsonObject => "an object",
        _ => node.GetValueKind() == JsonValueKind.String ? "a string" : "a " + node.GetValueKind().ToString().ToLowerInvariant(),
    };
}
