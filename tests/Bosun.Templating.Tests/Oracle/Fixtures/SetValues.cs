using System.Globalization;
using System.Text;
using Bosun.Core.Values;

namespace Bosun.Templating.Tests.Oracle.Fixtures;

/// <summary>
/// The simple forms of helm's <c>--set</c> (pkg/strvals) used by oracle cases: comma-separated
/// <c>a.b.c=value</c> assignments, <c>{x,y}</c> lists and backslash escapes, with strvals' typing
/// (true/false/null, int64 for decimal integers not starting with 0, else string); and helm's
/// coalescing of those user values over the chart's values.yaml.
/// </summary>
internal static class SetValues
{
    public static void ParseInto(string argument, GoMap target)
    {
        int i = 0;
        while (i < argument.Length)
        {
            var path = new List<string>();
            var key = new StringBuilder();
            while (true)
            {
                if (i >= argument.Length)
                {
                    throw new NotSupportedException($"--set {argument}: key without value");
                }

                char c = argument[i++];
                if (c == '\\' && i < argument.Length)
                {
                    key.Append(argument[i++]);
                }
                else if (c == '.')
                {
                    path.Add(key.ToString());
                    key.Clear();
                }
                else if (c == '=')
                {
                    path.Add(key.ToString());
                    break;
                }
                else if (c is '[' or ',')
                {
                    throw new NotSupportedException($"--set {argument}: only a.b=value forms are supported by the oracle fixture");
                }
                else
                {
                    key.Append(c);
                }
            }

            object? value;
            if (i < argument.Length && argument[i] == '{')
            {
                i++;
                var items = new List<object?>();
                while (true)
                {
                    items.Add(Typed(ReadUntil(argument, ref i, ",}")));
                    if (i >= argument.Length)
                    {
                        throw new NotSupportedException($"--set {argument}: unterminated list");
                    }

                    if (argument[i++] == '}')
                    {
                        break;
                    }
                }

                value = new GoList(items);
                if (i < argument.Length && argument[i++] != ',')
                {
                    throw new NotSupportedException($"--set {argument}: text after a list");
                }
            }
            else
            {
                value = Typed(ReadUntil(argument, ref i, ","));
                i++;
            }

            Assign(target, path, value);
        }
    }

    /// <summary>helm's CoalesceValues: user values win, maps merge, a user null deletes the chart's key.</summary>
    public static GoMap Coalesce(GoMap chartValues, GoMap userValues, GoType rootType)
    {
        var result = new GoMap(rootType);
        foreach (var (key, value) in userValues)
        {
            result[key] = value;
        }

        Merge(result, chartValues);
        return result;
    }

    private static void Merge(GoMap destination, GoMap source)
    {
        foreach (var (key, value) in source)
        {
            if (!destination.TryGetValue(key, out var existing))
            {
                destination[key] = value;
            }
            else if (existing is null)
            {
                destination.Entries.Remove(key);
            }
            else if (existing is GoMap userMap && value is GoMap chartMap)
            {
                var merged = new GoMap(userMap.Type);
                foreach (var (k, v) in userMap)
                {
                    merged[k] = v;
                }

                Merge(merged, chartMap);
                destination[key] = merged;
            }
        }
    }

    private static string ReadUntil(string text, ref int i, string stops)
    {
        var builder = new StringBuilder();
        while (i < text.Length && !stops.Contains(text[i], StringComparison.Ordinal))
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
            }

            builder.Append(text[i++]);
        }

        return builder.ToString();
    }

    private static object? Typed(string value)
    {
        if (value.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return GoValue.True;
        }

        if (value.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return GoValue.False;
        }

        if (value.Equals("null", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (value == "0")
        {
            return GoInt.Int64(0);
        }

        if (value.Length != 0 && value[0] != '0'
            && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number))
        {
            return GoInt.Int64(number);
        }

        return value;
    }

    private static void Assign(GoMap target, List<string> path, object? value)
    {
        GoMap current = target;
        for (int i = 0; i < path.Count - 1; i++)
        {
            if (!current.TryGetValue(path[i], out var next) || next is not GoMap nested)
            {
                nested = new GoMap();
                current[path[i]] = nested;
            }

            current = nested;
        }

        current[path[^1]] = value;
    }
}
