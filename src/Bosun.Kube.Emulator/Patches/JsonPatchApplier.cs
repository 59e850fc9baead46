using System.Globalization;
using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Apply;

namespace Bosun.Kube.Emulator.Patches;

/// <summary>RFC 6902 JSON Patch with the semantics and messages of evanphx/json-patch v4, which kube-apiserver uses.</summary>
internal static class JsonPatchApplier
{
    /// <summary>kube-apiserver's limit on operations in one patch.</summary>
    public const int MaxOperations = 10000;

    public static JsonObject Apply(JsonObject doc, JsonNode patch)
    {
        if (patch is not JsonArray ops)
        {
            throw new PatchException($"error decoding patch: json: cannot unmarshal {GoJsonKind(patch)} into Go value of type []handlers.jsonPatchOp", 400);
        }
        if (ops.Count > MaxOperations)
        {
            throw new PatchException($"The allowed maximum operations in a JSON patch is {MaxOperations}, got {ops.Count}", 413);
        }
        var operations = new List<JsonObject>();
        foreach (var item in ops)
        {
            if (item is not JsonObject op)
            {
                throw new PatchException($"error decoding patch: json: cannot unmarshal {GoJsonKind(item)} into Go value of type handlers.jsonPatchOp", 400);
            }
            operations.Add(op);
        }
        JsonNode root = doc;
        foreach (var op in operations)
        {
            var kind = Str(op, "op") ?? "unknown";
            root = kind switch
            {
                "add" => Add(root, op),
                "remove" => Remove(root, op),
                "replace" => Replace(root, op),
                "move" => Move(root, op),
                "copy" => Copy(root, op),
                "test" => Test(root, op),
                _ => throw Fail($"Unexpected kind: {kind}"),
            };
        }
        if (root is not JsonObject result)
        {
            throw new PatchException("Object 'Kind' is missing in '" + JsonValues.ToJson(root) + "'", 422);
        }
        return result;
    }

    private static PatchException Fail(string message) => new(message, 422);

    private static string? Str(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static JsonNode? Value(JsonObject op) => JsonValues.Clone(op["value"]);

    private static string GoJsonKind(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        _ => node.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.String => "string",
            System.Text.Json.JsonValueKind.Number => "number",
            _ => "bool",
        },
    };

    /// <summary>The container of the last path segment and that segment (evanphx <c>findObject</c>); null container when a parent is missing.</summary>
    private static (JsonNode? Container, string Key) Find(JsonNode root, string path)
    {
        var split = path.Split('/');
        if (split.Length < 2)
        {
            return (null, "");
        }
        JsonNode? node = root;
        for (var i = 1; i < split.Length - 1; i++)
        {
            var part = Decode(split[i]);
            node = node switch
            {
                JsonObject o => o.TryGetPropertyValue(part, out var c) ? c : null,
                JsonArray a => int.TryParse(part, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var idx) && idx >= 0 && idx < a.Count ? a[idx] : null,
                _ => null,
            };
            if (node is not (JsonObject or JsonArray))
            {
                return (null, "");
            }
        }
        return (node, Decode(split[^1]));
    }

    private static string Decode(string part) => part.Replace("~1", "/").Replace("~0", "~");

    private static string PathOf(JsonObject op, string field, string verb, bool missingIsErrMissing)
    {
        var p = Str(op, field);
        if (p is null)
        {
            throw Fail(missingIsErrMissing
                ? $"{verb} operation failed to decode {field}: missing value"
                : $"{verb} operation failed to decode {field}: operation missing {field} field: missing value");
        }
        return p;
    }

    private static JsonNode Add(JsonNode root, JsonObject op)
    {
        var path = PathOf(op, "path", "add", true);
        var (container, key) = Find(root, path);
        if (container is null)
        {
            throw Fail($"add operation does not apply: doc is missing path: \"{path}\": missing value");
        }
        var error = AddTo(container, key, Value(op));
        if (error is not null)
        {
            throw Fail($"error in add for path: '{path}': {error}");
        }
        return root;
    }

    private static string? AddTo(JsonNode container, string key, JsonNode? value)
    {
        if (container is JsonObject o)
        {
            o[key] = value;
            return null;
        }
        var a = (JsonArray)container;
        if (key == "-")
        {
            a.Add(value);
            return null;
        }
        if (!int.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var idx))
        {
            return $"value was not a proper array index: '{key}': strconv.Atoi: parsing {JsonValues.GoQuote(key)}: invalid syntax";
        }
        // evanphx allows negative indexes (from the end, counting the new slot).
        if (idx > a.Count || idx < -(a.Count + 1))
        {
            return $"Unable to access invalid index: {idx}: invalid index referenced";
        }
        a.Insert(idx < 0 ? idx + a.Count + 1 : idx, value);
        return null;
    }

    private static (bool Found, JsonNode? Value, string? Error) Get(JsonNode container, string key)
    {
        if (container is JsonObject o)
        {
            return o.TryGetPropertyValue(key, out var v) ? (true, v, null) : (false, null, null);
        }
        var a = (JsonArray)container;
        if (!int.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var idx))
        {
            return (false, null, $"strconv.Atoi: parsing {JsonValues.GoQuote(key)}: invalid syntax");
        }
        if (idx >= a.Count || idx < -a.Count)
        {
            return (false, null, $"Unable to access invalid index: {idx}: invalid index referenced");
        }
        return (true, a[idx < 0 ? idx + a.Count : idx], null);
    }

    private static string? RemoveFrom(JsonNode container, string key)
    {
        if (container is JsonObject o)
        {
            return o.Remove(key) ? null : $"Unable to remove nonexistent key: {key}: missing value";
        }
        var a = (JsonArray)container;
        if (!int.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var idx))
        {
            return $"strconv.Atoi: parsing {JsonValues.GoQuote(key)}: invalid syntax";
        }
        if (idx >= a.Count || idx < -a.Count)
        {
            return $"Unable to access invalid index: {idx}: invalid index referenced";
        }
        a.RemoveAt(idx < 0 ? idx + a.Count : idx);
        return null;
    }

    private static JsonNode Remove(JsonNode root, JsonObject op)
    {
        var path = PathOf(op, "path", "remove", true);
        var (container, key) = Find(root, path);
        if (container is null)
        {
            throw Fail($"remove operation does not apply: doc is missing path: \"{path}\": missing value");
        }
        var error = RemoveFrom(container, key);
        if (error is not null)
        {
            throw Fail($"error in remove for path: '{path}': {error}");
        }
        return root;
    }

    private static JsonNode Replace(JsonNode root, JsonObject op)
    {
        var path = PathOf(op, "path", "replace", false);
        if (path.Length == 0)
        {
            return Value(op) switch
            {
                JsonObject newRoot => newRoot,
                JsonArray newList => newList,
                _ => throw Fail("replace operation value must be object or array: <nil>"),
            };
        }
        var (container, key) = Find(root, path);
        if (container is null)
        {
            throw Fail($"replace operation does not apply: doc is missing path: {path}: missing value");
        }
        var (_, _, error) = Get(container, key);
        if (error is not null)
        {
            throw Fail($"replace operation does not apply: doc is missing key: {path}: missing value");
        }
        // Like evanphx v4, replacing a missing object key adds it.
        if (container is JsonObject o)
        {
            o[key] = Value(op);
        }
        else
        {
            var list = (JsonArray)container;
            var idx = int.Parse(key, CultureInfo.InvariantCulture);
            list[idx < 0 ? idx + list.Count : idx] = Value(op);
        }
        return root;
    }

    private static JsonNode Move(JsonNode root, JsonObject op)
    {
        var from = PathOf(op, "from", "move", false);
        var (container, key) = Find(root, from);
        if (container is null)
        {
            throw Fail($"move operation does not apply: doc is missing from path: {from}: missing value");
        }
        var (_, value, error) = Get(container, key);
        error ??= RemoveFrom(container, key);
        if (error is not null)
        {
            throw Fail($"error in move for path: '{key}': {error}");
        }
        var path = PathOf(op, "path", "move", false);
        var (target, targetKey) = Find(root, path);
        if (target is null)
        {
            throw Fail($"move operation does not apply: doc is missing destination path: {path}: missing value");
        }
        var addError = AddTo(target, targetKey, value);
        if (addError is not null)
        {
            throw Fail($"error in move for path: '{path}': {addError}");
        }
        return root;
    }

    private static JsonNode Copy(JsonNode root, JsonObject op)
    {
        var from = PathOf(op, "from", "copy", false);
        var (container, key) = Find(root, from);
        if (container is null)
        {
            throw Fail($"copy operation does not apply: doc is missing from path: {from}: missing value");
        }
        var (_, value, error) = Get(container, key);
        if (error is not null)
        {
            throw Fail($"error in copy for from: '{from}': {error}");
        }
        var path = PathOf(op, "path", "copy", true);
        var (target, targetKey) = Find(root, path);
        if (target is null)
        {
            throw Fail($"copy operation does not apply: doc is missing destination path: {path}: missing value");
        }
        var addError = AddTo(target, targetKey, JsonValues.Clone(value));
        if (addError is not null)
        {
            throw Fail($"error while adding value during copy: {addError}");
        }
        return root;
    }

    private static JsonNode Test(JsonNode root, JsonObject op)
    {
        var path = PathOf(op, "path", "test", false);
        var expected = op["value"];
        if (path.Length == 0)
        {
            return JsonValues.DeepEquals(root, expected) ? root : throw Fail($"testing value {path} failed: test failed");
        }
        var (container, key) = Find(root, path);
        if (container is null)
        {
            throw Fail($"test operation does not apply: is missing path: {path}: missing value");
        }
        var (found, actual, error) = Get(container, key);
        if (error is not null)
        {
            throw Fail($"error in test for path: '{path}': {error}");
        }
        if (!found || actual is null)
        {
            return expected is null ? root : throw Fail($"testing value {path} failed: test failed");
        }
        return JsonValues.DeepEquals(actual, expected) ? root : throw Fail($"testing value {path} failed: test failed");
    }
}
