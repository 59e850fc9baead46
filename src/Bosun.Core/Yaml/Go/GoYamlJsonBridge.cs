using Bosun.Core.Values;

namespace Bosun.Core.Yaml.Go;

/// <summary>
/// sigs.k8s.io/yaml's YAML → JSON → interface{} step over decoded go-yaml values: non-string keys become
/// strings (ints in decimal, floats as float32 'g', bools), unsupported keys fail, NaN/±Inf fail json.Marshal,
/// and every number becomes a float64 (<see cref="double"/>).
/// </summary>
internal static class GoYamlJsonBridge
{
    public static object? ToValue(object? yaml) => ToValue(yaml, null);

    /// <summary>The conversion toward a typed Go target: bools and numbers bound for a Go string become text.</summary>
    public static object? ToValue(object? yaml, GoYamlJsonTarget? target)
    {
        object? converted = Convert(yaml, target);
        CheckMarshal(converted);
        return converted;
    }

    private static object? Convert(object? value, GoYamlJsonTarget? target)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new GoYamlException("yaml: document nesting too deep");
        }

        switch (value)
        {
            case GoYamlMap map:
            {
                var result = new GoMap();
                foreach (var (key, item) in map.Entries)
                {
                    string keyString = key switch
                    {
                        string s => s,
                        long l => l.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        double d => FloatKey(d),
                        bool b => b ? "true" : "false",
                        _ => throw new GoYamlException(
                            $"unsupported map key of type: {(key is null ? "%!s(<nil>)" : GoYamlSyntaxFormatter.TypeName(key))}, key: {GoYamlSyntaxFormatter.Format(key)}, value: {GoYamlSyntaxFormatter.Format(item)}"),
                    };
                    result[keyString] = Convert(item, target?.Member(keyString));
                }

                return result;
            }

            case List<object?> list:
            {
                var items = new List<object?>(list.Count);
                foreach (var item in list)
                {
                    items.Add(Convert(item, target?.Item()));
                }

                return new GoList(GoType.SliceOfInterface, items);
            }

            case long or ulong or double or bool when target?.TargetKind == GoYamlJsonTarget.Kind.String:
                return ScalarText(value);
            case long l:
                return (double)l;
            case ulong u:
                return (double)u;
            default:
                return value;
        }
    }

    /// <summary>sigs.k8s.io/yaml's coercion of a bool or number bound for a Go string.</summary>
    private static string ScalarText(object value) => value switch
    {
        long l => l.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ulong u => u.ToString(System.Globalization.CultureInfo.InvariantCulture),
        double d => GoJsonFloat.FormatG(d, 32),
        bool b => b ? "true" : "false",
        _ => string.Empty,
    };

    private static string FloatKey(double d)
    {
        string s = GoJsonFloat.FormatG(d, 32);
        return s switch
        {
            "+Inf" => ".inf",
            "-Inf" => "-.inf",
            "NaN" => ".nan",
            _ => s,
        };
    }

    /// <summary>json.Marshal fails on the first NaN/±Inf in its (sorted) traversal order.</summary>
    private static void CheckMarshal(object? value)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new GoYamlException("yaml: document nesting too deep");
        }

        switch (value)
        {
            case double d when double.IsNaN(d) || double.IsInfinity(d):
                throw new GoYamlException("json: unsupported value: " + GoJsonFloat.FormatG(d, 64));
            case GoMap map:
                var keys = new List<string>(map.Keys);
                keys.Sort(GoJsonKeyOrder.Comparison);
                foreach (string key in keys)
                {
                    CheckMarshal(map[key]);
                }

                break;
            case GoList list:
                foreach (var item in list.Items)
                {
                    CheckMarshal(item);
                }

                break;
        }
    }
}
