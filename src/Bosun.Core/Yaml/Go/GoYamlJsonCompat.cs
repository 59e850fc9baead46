using Bosun.Core.Values;

namespace Bosun.Core.Yaml.Go;

/// <summary>
/// What sigs.k8s.io/yaml.Marshal hands to go-yaml's encoder: the value model after json.Marshal and a
/// go-yaml decode of that JSON (numbers typed by go-yaml's resolver: int, uint64 or float64; []byte as base64;
/// nil slices as null; structs as maps of their fields). Inputs whose JSON go-yaml would read differently (C1
/// controls, DEL, U+FFFE/U+FFFF, keys over 1024 characters, nesting past 10000) are flagged so the caller can
/// take the literal JSON → YAML path instead.
/// </summary>
internal sealed class GoYamlJsonCompat
{
    private const int StartDetectingCyclesAfter = 1000;
    private const int SafeKeyLength = 1000;
    private const int SafeDepth = 9000;

    private readonly HashSet<object> _seen = new(ReferenceEqualityComparer.Instance);
    private int _depth;

    /// <summary>True when the fast conversion may differ from the real JSON round trip.</summary>
    public bool Unsafe { get; private set; }

    /// <summary>Converts; throws <see cref="GoFailure"/> with json.Marshal's message.</summary>
    public object? Convert(object? value)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new GoFailure("json: value nested too deeply");
        }

        switch (value)
        {
            case null:
                return null;
            case bool b:
                return b;
            case long l:
                return l;
            case GoInt i:
                return i.Type.IsUnsigned && i.AsUnsigned > long.MaxValue ? i.AsUnsigned : i.Bits;
            case double d:
                return Number(d);
            case string s:
                CheckString(s);
                return s;
            case byte[] bytes:
                return System.Convert.ToBase64String(bytes);
            case GoList list:
                return List(list);
            case GoMap map:
                return map.IsNil ? null : Map(map);
            case IGoJsonObject json when json.MarshalJson() is null:
                return JsonObject(json);
            case IGoObject obj when GoJsonMarshalers.MarshalJson(obj, escapeHtml: true) is { } json:
                // A json.Marshaler: sigs.k8s.io/yaml reads its JSON back with go-yaml.
                return GoYaml.DecodeFirstDocument(GoJsonUtf8.Encode(json));
            case IGoObject obj when GoJsonMarshalers.MarshalText(obj) is { } text:
                CheckString(text);
                return text;
            case IGoObject obj:
                return Object(obj);
            default:
                throw new GoFailure("json: unsupported type: " + value.GetType().Name);
        }
    }

    private static object Number(double d)
    {
        string? text = GoJsonFloat.FormatJson(d);
        if (text is null)
        {
            throw new GoFailure("json: unsupported value: " + GoJsonFloat.FormatG(d, 64));
        }

        if (text.AsSpan().IndexOfAny('.', 'e') < 0)
        {
            if (GoYamlNumbers.TryParseInt(text, out long l))
            {
                return l;
            }

            if (GoYamlNumbers.TryParseUint(text, out ulong u))
            {
                return u;
            }
        }

        return d;
    }

    private void Enter(object value, GoType type)
    {
        _depth++;
        if (_depth > SafeDepth)
        {
            Unsafe = true;
        }

        if (_depth > StartDetectingCyclesAfter && !_seen.Add(value))
        {
            throw new GoFailure("json: unsupported value: encountered a cycle via " + type.Name);
        }
    }

    private void Leave(object value)
    {
        if (_depth > StartDetectingCyclesAfter)
        {
            _seen.Remove(value);
        }

        _depth--;
    }

    private object? List(GoList list)
    {
        if (list.IsNil)
        {
            return null;
        }

        if (list.Type.Elem is { Kind: GoKind.Uint8 })
        {
            var bytes = new byte[list.Count];
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = GoValue.TryGetInteger(list[i], out long b) ? (byte)b : (byte)0;
            }

            return System.Convert.ToBase64String(bytes);
        }

        Enter(list, list.Type);
        var result = new List<object?>(list.Count);
        foreach (var item in list.Items)
        {
            result.Add(Convert(item));
        }

        Leave(list);
        return result;
    }

    private GoYamlMap Map(GoMap map)
    {
        Enter(map, map.Type);
        var keys = new List<string>(map.Keys);
        keys.Sort(GoJsonKeyOrder.Comparison);
        var result = new GoYamlMap();
        foreach (string key in keys)
        {
            CheckString(key);
            CheckKey(key);
            result.Set(key, Convert(map[key]));
        }

        Leave(map);
        return result;
    }

    private GoYamlMap Object(IGoObject obj)
    {
        Enter(obj, obj.Type);
        var result = new GoYamlMap();
        foreach (string name in obj.FieldNames)
        {
            if (obj.TryGetField(name, out object? field))
            {
                CheckKey(name);
                result.Set(name, Convert(field));
            }
        }

        Leave(obj);
        return result;
    }

    private GoYamlMap JsonObject(IGoJsonObject obj)
    {
        Enter(obj, obj.Type);
        var result = new GoYamlMap();
        foreach (var field in obj.JsonFields)
        {
            if (!field.OmitEmpty || !IsEmptyValue(field.Value))
            {
                CheckKey(field.Name);
                result.Set(field.Name, Convert(field.Value));
            }
        }

        Leave(obj);
        return result;
    }

    // encoding/json's isEmptyValue (omitempty): structs are never empty.
    private static bool IsEmptyValue(object? value) => value switch
    {
        null => true,
        bool b => !b,
        long l => l == 0,
        GoInt i => i.Bits == 0,
        double d => d == 0,
        string str => str.Length == 0,
        GoList list => list.Count == 0,
        GoMap map => map.Count == 0,
        byte[] bytes => bytes.Length == 0,
        _ => false,
    };

    private void CheckString(string s)
    {
        foreach (char c in s)
        {
            if (c is '\u007F' or (>= '\u0080' and <= '\u009F') or '\uFFFE' or '\uFFFF')
            {
                Unsafe = true;
                return;
            }
        }
    }

    private void CheckKey(string key)
    {
        if (key.Length * 6 + 2 < SafeKeyLength)
        {
            return;
        }

        if (GoJsonEncoder.Encode(key, escapeHtml: true).Length >= SafeKeyLength)
        {
            Unsafe = true;
        }
    }
}
