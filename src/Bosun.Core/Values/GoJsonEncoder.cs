using System.Globalization;
using System.Text;

namespace Bosun.Core.Values;

/// <summary>
/// encoding/json's Marshal over the value model: map keys sorted bytewise (UTF-8), Go's string escaping
/// (optionally HTML-safe), float formatting, []byte as base64, nil slices as null, host objects as objects of
/// their fields. Fails with Go's <c>json: unsupported value: …</c> messages.
/// </summary>
internal sealed class GoJsonEncoder
{
    private const int StartDetectingCyclesAfter = 1000;
    private const string Hex = "0123456789abcdef";

    private readonly StringBuilder _sb = new();
    private readonly bool _escapeHtml;
    private readonly HashSet<object> _seen = new(ReferenceEqualityComparer.Instance);
    private int _ptrLevel;

    public GoJsonEncoder(bool escapeHtml)
    {
        _escapeHtml = escapeHtml;
    }

    public static string Encode(object? value, bool escapeHtml)
    {
        var encoder = new GoJsonEncoder(escapeHtml);
        encoder.Write(value);
        return encoder._sb.ToString();
    }

    private void Write(object? value)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new GoFailure("json: value nested too deeply");
        }

        switch (value)
        {
            case null:
                _sb.Append("null");
                break;
            case bool b:
                _sb.Append(b ? "true" : "false");
                break;
            case long l:
                _sb.Append(l.ToString(CultureInfo.InvariantCulture));
                break;
            case GoInt i:
                _sb.Append(i.ToString());
                break;
            case double d:
                _sb.Append(GoJsonFloat.FormatJson(d) ?? throw new GoFailure("json: unsupported value: " + GoJsonFloat.FormatG(d, 64)));
                break;
            case string s:
                WriteString(s);
                break;
            case byte[] bytes:
                _sb.Append('"').Append(Convert.ToBase64String(bytes)).Append('"');
                break;
            case GoList list:
                WriteList(list);
                break;
            case GoMap map:
                WriteMap(map);
                break;
            case IGoObject obj when GoJsonMarshalers.MarshalJson(obj, _escapeHtml) is { } json:
                _sb.Append(json);
                break;
            case IGoObject obj when GoJsonMarshalers.MarshalText(obj) is { } text:
                WriteString(text);
                break;
            case IGoObject obj:
                WriteObject(obj);
                break;
            default:
                throw new GoFailure("json: unsupported type: " + value.GetType().Name);
        }
    }

    private void Enter(object value, GoType type)
    {
        if (++_ptrLevel > StartDetectingCyclesAfter)
        {
            if (!_seen.Add(value))
            {
                throw new GoFailure("json: unsupported value: encountered a cycle via " + type.Name);
            }
        }
    }

    private void Leave(object value)
    {
        if (_ptrLevel-- > StartDetectingCyclesAfter)
        {
            _seen.Remove(value);
        }
    }

    private void WriteList(GoList list)
    {
        if (list.IsNil)
        {
            _sb.Append("null");
            return;
        }

        if (list.Type.Elem is { Kind: GoKind.Uint8 })
        {
            // []uint8 encodes as base64 like []byte.
            var bytes = new byte[list.Count];
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = GoValue.TryGetInteger(list[i], out long b) ? (byte)b : (byte)0;
            }

            Write(bytes);
            return;
        }

        Enter(list, list.Type);
        _sb.Append('[');
        for (int i = 0; i < list.Count; i++)
        {
            if (i > 0)
            {
                _sb.Append(',');
            }

            Write(list[i]);
        }

        _sb.Append(']');
        Leave(list);
    }

    private void WriteMap(GoMap map)
    {
        if (map.IsNil)
        {
            _sb.Append("null");
            return;
        }

        Enter(map, map.Type);
        var keys = new List<string>(map.Keys);
        keys.Sort(GoJsonKeyOrder.Comparison);
        _sb.Append('{');
        for (int i = 0; i < keys.Count; i++)
        {
            if (i > 0)
            {
                _sb.Append(',');
            }

            WriteString(keys[i]);
            _sb.Append(':');
            Write(map[keys[i]]);
        }

        _sb.Append('}');
        Leave(map);
    }

    private void WriteObject(IGoObject obj)
    {
        if (obj is IGoJsonObject json)
        {
            WriteJsonObject(json);
            return;
        }

        Enter(obj, obj.Type);
        _sb.Append('{');
        bool first = true;
        foreach (string name in obj.FieldNames)
        {
            if (!obj.TryGetField(name, out object? field))
            {
                continue;
            }

            if (!first)
            {
                _sb.Append(',');
            }

            first = false;
            WriteString(name);
            _sb.Append(':');
            Write(field);
        }

        _sb.Append('}');
        Leave(obj);
    }

    private void WriteJsonObject(IGoJsonObject obj)
    {
        if (obj.MarshalJson() is { } raw)
        {
            _sb.Append(raw);
            return;
        }

        Enter(obj, obj.Type);
        _sb.Append('{');
        bool first = true;
        foreach (var field in obj.JsonFields)
        {
            if (field.OmitEmpty && IsEmptyValue(field.Value))
            {
                continue;
            }

            if (!first)
            {
                _sb.Append(',');
            }

            first = false;
            WriteString(field.Name);
            _sb.Append(':');
            Write(field.Value);
        }

        _sb.Append('}');
        Leave(obj);
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

    private void WriteString(string s)
    {
        _sb.Append('"');
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c < 0x80)
            {
                if (c >= 0x20 && c != '"' && c != '\\' && !(_escapeHtml && (c == '<' || c == '>' || c == '&')))
                {
                    _sb.Append(c);
                    continue;
                }

                switch (c)
                {
                    case '\\':
                    case '"':
                        _sb.Append('\\').Append(c);
                        break;
                    case '\b':
                        _sb.Append("\\b");
                        break;
                    case '\f':
                        _sb.Append("\\f");
                        break;
                    case '\n':
                        _sb.Append("\\n");
                        break;
                    case '\r':
                        _sb.Append("\\r");
                        break;
                    case '\t':
                        _sb.Append("\\t");
                        break;
                    default:
                        _sb.Append("\\u00").Append(Hex[c >> 4]).Append(Hex[c & 0xF]);
                        break;
                }

                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                _sb.Append(c).Append(s[i + 1]);
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                _sb.Append("\\ufffd");
                continue;
            }

            if (c == '\u2028' || c == '\u2029')
            {
                _sb.Append("\\u202").Append(Hex[c & 0xF]);
                continue;
            }

            _sb.Append(c);
        }

        _sb.Append('"');
    }
}
