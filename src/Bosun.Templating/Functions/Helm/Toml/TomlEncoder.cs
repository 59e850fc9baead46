using System.Globalization;
using System.Text;
using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Helm.Toml;

/// <summary>
/// BurntSushi/toml's Encoder over the value model, as helm's <c>toToml</c> uses it: keys with plain values
/// first (sorted bytewise), then sub-tables (<c>[a.b]</c>, indented two spaces per level) and arrays of
/// tables (<c>[[a]]</c>); nil values skipped; inline tables inside arrays. Floats follow the library
/// version: v1.6 (helm 4) prints <c>strconv 'g'</c> (<c>1e+06</c>), v1.4 (helm 3) prints <c>'f'</c>
/// (<c>1000000.0</c>). Library errors are <see cref="TomlEncodeException"/>; Go runtime panics are
/// <see cref="GoFailure"/>.
/// </summary>
internal sealed class TomlEncoder
{
    private const string Indent = "  ";
    private readonly StringBuilder _sb = new();
    private readonly bool _gFloats;
    private bool _hasWritten;

    private TomlEncoder(bool gFloats)
    {
        _gFloats = gFloats;
    }

    private enum TomlType
    {
        None,
        Bool,
        Integer,
        Float,
        String,
        Array,
        ArrayHash,
        Hash,
    }

    /// <param name="value">The value to encode.</param>
    /// <param name="helmMajor">4 for BurntSushi/toml v1.6 float formatting, 3 for v1.4.</param>
    public static string Encode(object? value, int helmMajor)
    {
        var encoder = new TomlEncoder(gFloats: helmMajor >= 4);
        if (value is null)
        {
            throw new GoFailure("reflect: call of reflect.Value.Type on zero Value");
        }

        encoder.EncodeKey([], value);
        return encoder._sb.ToString();
    }

    private static TomlEncodeException Error(string message) => new(message);

    private void Write(string s)
    {
        _sb.Append(s);
        _hasWritten = true;
    }

    private void NewLine()
    {
        if (_hasWritten)
        {
            Write("\n");
        }
    }

    private static string IndentFor(List<string> key) =>
        key.Count <= 1 ? string.Empty : string.Concat(Enumerable.Repeat(Indent, key.Count - 1));

    private static List<string> Add(List<string> key, string piece) => [.. key, piece];

    private void EncodeKey(List<string> key, object? value)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new GoFailure("toml: value nested too deeply");
        }

        switch (value)
        {
            case null:
                return;
            case bool or long or GoInt or double or string:
            case IGoObject obj when IsMarshaler(obj):
                WriteKeyValue(key, value, inline: false);
                break;
            case byte[] or GoList:
                if (TypeOf(value) == TomlType.ArrayHash)
                {
                    ArrayOfTables(key, (GoList)value);
                }
                else
                {
                    WriteKeyValue(key, value, inline: false);
                }

                break;
            case GoMap or IGoObject:
                Table(key, value);
                break;
            default:
                throw Error($"unsupported type for key '{KeyString(key)}': {value.GetType().Name}");
        }
    }

    private static TomlType TypeOf(object? value) => value switch
    {
        null => TomlType.None,
        bool => TomlType.Bool,
        long or GoInt => TomlType.Integer,
        double => TomlType.Float,
        string => TomlType.String,
        byte[] => TomlType.Array,
        GoList list => IsTableArray(list) ? TomlType.ArrayHash : TomlType.Array,
        IGoObject obj when IsMarshaler(obj) => TomlType.String,
        GoMap or IGoObject => TomlType.Hash,
        _ => TomlType.None,
    };

    private static bool IsMarshaler(IGoObject obj) => obj.TryGetMethod("MarshalText", out var method) && method is not null;

    private static bool IsTypeTable(TomlType t) => t is TomlType.Hash or TomlType.ArrayHash;

    private static bool IsTableArray(GoList list)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new GoFailure("toml: value nested too deeply");
        }

        if (list.IsNil || list.Count == 0)
        {
            return false;
        }

        bool all = true;
        foreach (var item in list.Items)
        {
            var t = TypeOf(item);
            if (t == TomlType.None)
            {
                throw Error("toml: cannot encode array with nil element");
            }

            if (all && t != TomlType.Hash)
            {
                all = false;
            }
        }

        return all;
    }

    private void ArrayOfTables(List<string> key, GoList list)
    {
        if (key.Count == 0)
        {
            throw Error("toml: top-level values must be Go maps or structs");
        }

        foreach (var item in list.Items)
        {
            if (item is null)
            {
                continue;
            }

            NewLine();
            Write($"{IndentFor(key)}[[{KeyString(key)}]]");
            NewLine();
            MapOrStruct(key, item, inline: false);
        }
    }

    private void Table(List<string> key, object value)
    {
        if (key.Count == 1)
        {
            NewLine();
        }

        if (key.Count > 0)
        {
            Write($"{IndentFor(key)}[{KeyString(key)}]");
            NewLine();
        }

        MapOrStruct(key, value, inline: false);
    }

    private void MapOrStruct(List<string> key, object value, bool inline)
    {
        if (value is GoMap map)
        {
            var direct = new List<(string Key, object? Value)>();
            var sub = new List<(string Key, object? Value)>();
            foreach (var (k, v) in map)
            {
                (IsTypeTable(TypeOf(v)) ? sub : direct).Add((k, v));
            }

            direct.Sort((a, b) => CompareKeys(a.Key, b.Key));
            sub.Sort((a, b) => CompareKeys(a.Key, b.Key));
            if (inline)
            {
                Write("{");
            }

            WriteMapEntries(key, direct, inline, trailingComma: sub.Count > 0);
            WriteMapEntries(key, sub, inline, trailingComma: false);
            if (inline)
            {
                Write("}");
            }
        }
        else if (value is IGoObject obj)
        {
            var direct = new List<(int Index, string Key, object? Value)>();
            var sub = new List<(int Index, string Key, object? Value)>();
            int index = 0;
            foreach (string name in obj.FieldNames)
            {
                if (obj.TryGetField(name, out object? v))
                {
                    (IsTypeTable(TypeOf(v)) ? sub : direct).Add((index, name, v));
                }

                index++;
            }

            int total = direct.Count + sub.Count;
            if (inline)
            {
                Write("{");
            }

            foreach (var (i, k, v) in direct.Concat(sub))
            {
                if (v is null)
                {
                    continue;
                }

                if (inline)
                {
                    WriteKeyValue([k], v, inline: true);
                    if (i != total - 1)
                    {
                        Write(", ");
                    }
                }
                else
                {
                    EncodeKey(Add(key, k), v);
                }
            }

            if (inline)
            {
                Write("}");
            }
        }
    }

    private void WriteMapEntries(List<string> key, List<(string Key, object? Value)> entries, bool inline, bool trailingComma)
    {
        for (int i = 0; i < entries.Count; i++)
        {
            var (k, v) = entries[i];
            if (v is null)
            {
                continue;
            }

            if (inline)
            {
                WriteKeyValue([k], v, inline: true);
                if (trailingComma || i != entries.Count - 1)
                {
                    Write(", ");
                }
            }
            else
            {
                EncodeKey(Add(key, k), v);
            }
        }
    }

    /// <summary>Go's string order (bytewise UTF-8, i.e. code point order).</summary>
    private static int CompareKeys(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            char x = a[i];
            char y = b[i];
            if (x == y)
            {
                continue;
            }

            bool sx = char.IsSurrogate(x);
            bool sy = char.IsSurrogate(y);
            if (sx != sy)
            {
                return sx ? 1 : -1;
            }

            return x.CompareTo(y);
        }

        return a.Length.CompareTo(b.Length);
    }

    private void WriteKeyValue(List<string> key, object value, bool inline)
    {
        if (key.Count == 0)
        {
            Element(value);
            return;
        }

        Write($"{IndentFor(key)}{MaybeQuoted(key[^1])} = ");
        Element(value);
        if (!inline)
        {
            NewLine();
        }
    }

    private void Element(object? value)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new GoFailure("toml: value nested too deeply");
        }

        switch (value)
        {
            case null:
                throw new GoFailure("reflect: call of reflect.Value.Interface on zero Value");
            case string s:
                Write(Quote(s));
                break;
            case bool b:
                Write(b ? "true" : "false");
                break;
            case long l:
                Write(l.ToString(CultureInfo.InvariantCulture));
                break;
            case GoInt i:
                Write(i.ToString());
                break;
            case double d:
                Write(FormatFloat(d));
                break;
            case byte[] bytes:
                Write("[" + string.Join(", ", bytes.Select(b => b.ToString(CultureInfo.InvariantCulture))) + "]");
                break;
            case GoList list:
                Write("[");
                for (int i = 0; i < list.Count; i++)
                {
                    Element(list[i]);
                    if (i != list.Count - 1)
                    {
                        Write(", ");
                    }
                }

                Write("]");
                break;
            case IGoObject obj when IsMarshaler(obj):
                string text = MarshalText(obj);
                Write(obj.Type.Name is "time.Time" or "*time.Time" ? text : Quote(text));
                break;
            case GoMap or IGoObject:
                MapOrStruct([], value, inline: true);
                break;
            default:
                throw Error("unexpected type: " + value.GetType().Name);
        }
    }

    private string FormatFloat(double d)
    {
        if (double.IsNaN(d))
        {
            return double.IsNegative(d) ? "-nan" : "nan";
        }

        if (double.IsInfinity(d))
        {
            return d < 0 ? "-inf" : "inf";
        }

        string s = GoStrconv.FormatFloat(d, _gFloats ? 'g' : 'f', -1, 64);
        foreach (char c in s)
        {
            if (c is 'e' or '.')
            {
                return s;
            }
        }

        return s + ".0";
    }

    private static bool IsBare(string s)
    {
        foreach (char c in s)
        {
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static string MaybeQuoted(string k)
    {
        if (k.Length == 0)
        {
            return "\"\"";
        }

        return IsBare(k) ? k : Quote(k);
    }

    private static string KeyString(List<string> key) => string.Join('.', key.Select(MaybeQuoted));

    private static string MarshalText(IGoObject obj)
    {
        obj.TryGetMethod("MarshalText", out var method);
        object? bytes = method?.Invoke([]);
        return bytes switch
        {
            byte[] b => System.Text.Encoding.UTF8.GetString(b),
            string s => s,
            _ => string.Empty,
        };
    }

    /// <summary>BurntSushi's dblQuotedReplacer inside double quotes.</summary>
    internal static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        sb.Append('"');
        foreach (char c in s)
        {
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\b':
                    sb.Append("\\b");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\f':
                    sb.Append("\\f");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                default:
                    if (c < 0x20 || c == 0x7F)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
        return sb.ToString();
    }
}
