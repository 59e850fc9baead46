using System.Globalization;
using System.Text;
using Bosun.Core.Values;

namespace Bosun.Core.Yaml.Go;

/// <summary>Go's <c>%#v</c> of decoded go-yaml values, for go-yaml/sigs.k8s.io error messages.</summary>
internal static class GoYamlSyntaxFormatter
{
    public static string Format(object? value)
    {
        var sb = new StringBuilder();
        Write(sb, value, top: true);
        return sb.ToString();
    }

    /// <summary>The Go type name of a decoded value (reflect.TypeOf(v).String()); <c>&lt;nil&gt;</c> for nil.</summary>
    public static string TypeName(object? value) => value switch
    {
        null => "<nil>",
        bool => "bool",
        long => "int",
        ulong => "uint64",
        double => "float64",
        string => "string",
        GoYamlMap => "map[interface {}]interface {}",
        List<object?> => "[]interface {}",
        _ => value.GetType().Name,
    };

    private static void Write(StringBuilder sb, object? value, bool top)
    {
        switch (value)
        {
            case null:
                sb.Append(top ? "<nil>" : "interface {}(nil)");
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case long l:
                sb.Append(l.ToString(CultureInfo.InvariantCulture));
                break;
            case ulong u:
                sb.Append("0x").Append(u.ToString("x", CultureInfo.InvariantCulture));
                break;
            case double d:
                sb.Append(GoJsonFloat.FormatG(d, 64));
                break;
            case string s:
                sb.Append(GoJsonFloat.QuoteGo(s));
                break;
            case List<object?> list:
                sb.Append("[]interface {}{");
                for (int i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }

                    Write(sb, list[i], top: false);
                }

                sb.Append('}');
                break;
            case GoYamlMap map:
            {
                sb.Append("map[interface {}]interface {}{");
                var entries = map.Entries.ToList();
                entries.Sort((a, b) => GoYamlKeyOrder.CompareForPrint(a.Key, b.Key));
                for (int i = 0; i < entries.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }

                    Write(sb, entries[i].Key, top: false);
                    sb.Append(':');
                    Write(sb, entries[i].Value, top: false);
                }

                sb.Append('}');
                break;
            }

            default:
                sb.Append(value);
                break;
        }
    }
}
