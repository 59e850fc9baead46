using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// Sprig dict functions (dict.go). Parameters typed <c>map[string]interface {}</c> accept helm's named
/// <c>Values</c> maps (Go converts them to the parameter type, so results such as <c>set .Values</c>
/// are plain maps sharing the same entries); a nil map arrives as null.
/// </summary>
internal static class SprigDictFunctions
{
    private static readonly GoType M = GoType.MapOfInterface;
    private static readonly GoType S = GoType.String;
    private static readonly GoType Any = GoType.Interface;

    public static void Register(FunctionTable.Builder table)
    {
        table.Add("dict", GoSignature.VariadicOf(Any), Dict);
        table.Add("get", GoSignature.Of(M, S), a => Map(a[0]) is { } d && d.Entries.TryGetValue(Key(a[1]), out var v) ? v : "");
        table.Add("set", GoSignature.Of(M, S, Any), a => Set(Map(a[0]), Key(a[1]), a[2]));
        table.Add("unset", GoSignature.Of(M, S), a =>
        {
            var d = Map(a[0]) ?? new GoMap(M);
            d.Entries.Remove(Key(a[1]));
            return d;
        });
        table.Add("hasKey", GoSignature.Of(M, S), a => GoValue.Bool(Map(a[0]) is { } d && d.Entries.ContainsKey(Key(a[1]))));
        table.Add("pluck", GoSignature.VariadicOf(M, S), Pluck);
        table.Add("keys", GoSignature.VariadicOf(M), Keys);
        table.Add("pick", GoSignature.VariadicOf(S, M), a => Pick(Map(a[0]), a.AsSpan(1)));
        table.Add("omit", GoSignature.VariadicOf(S, M), a => Omit(Map(a[0]), a.AsSpan(1)));
        table.Add("values", GoSignature.Of(M), a => Values(Map(a[0])));
        table.Add("merge", GoSignature.VariadicOf(M, M), a => MergeAll(a, overwrite: false, swallowErrors: true));
        table.Add("mustMerge", new GoSignature([M], M, returnsError: true), a => MergeAll(a, overwrite: false, swallowErrors: false));
        table.Add("mergeOverwrite", GoSignature.VariadicOf(M, M), a => MergeAll(a, overwrite: true, swallowErrors: true));
        table.Add("mustMergeOverwrite", new GoSignature([M], M, returnsError: true), a => MergeAll(a, overwrite: true, swallowErrors: false));
        table.Add("deepCopy", GoSignature.Of(Any), a => SprigDictCopy.Copy(a[0]));
        table.Add("mustDeepCopy", new GoSignature([Any], returnsError: true), a => SprigDictCopy.Copy(a[0]));
        table.Add("dig", new GoSignature([], Any, returnsError: true), Dig);
    }

    /// <summary>
    /// The map a <c>map[string]interface {}</c> parameter receives: Go converts a named map type
    /// (<c>common.Values</c>) to the parameter type, keeping the same underlying map.
    /// </summary>
    internal static GoMap? Map(object? value) => value switch
    {
        GoMap { Type.IsNamed: true } named => new GoMap(GoType.MapOfInterface, named.Entries),
        GoMap map => map,
        _ => null,
    };

    private static object? Dict(object?[] args)
    {
        var dict = new GoMap(M);
        for (int i = 0; i < args.Length; i += 2)
        {
            string key = SprigConvert.StrVal(args[i]);
            dict.Entries[key] = i + 1 < args.Length ? args[i + 1] : "";
        }

        return dict;
    }

    private static GoMap Set(GoMap? dict, string key, object? value)
    {
        if (dict is null)
        {
            throw new GoFailure("assignment to entry in nil map");
        }

        dict.Entries[key] = value;
        return dict;
    }

    private static object? Pluck(object?[] args)
    {
        string key = Key(args[0]);
        var result = new List<object?>();
        for (int i = 1; i < args.Length; i++)
        {
            if (Map(args[i]) is { } dict && dict.Entries.TryGetValue(key, out var value))
            {
                result.Add(value);
            }
        }

        return new GoList(GoType.SliceOfInterface, result);
    }

    /// <summary>sprig keys: Go's map order is random; we list each map's keys in sorted order.</summary>
    private static object? Keys(object?[] args)
    {
        var keys = new List<object?>();
        foreach (var arg in args)
        {
            if (Map(arg) is { } dict)
            {
                keys.AddRange(dict.SortedKeys());
            }
        }

        return new GoList(GoType.SliceOfString, keys);
    }

    private static GoMap Pick(GoMap? dict, ReadOnlySpan<object?> keys)
    {
        var result = new GoMap(M);
        foreach (var k in keys)
        {
            string key = Key(k);
            if (dict is not null && dict.Entries.TryGetValue(key, out var value))
            {
                result.Entries[key] = value;
            }
        }

        return result;
    }

    private static GoMap Omit(GoMap? dict, ReadOnlySpan<object?> keys)
    {
        var result = new GoMap(M);
        if (dict is null)
        {
            return result;
        }

        var omitted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var k in keys)
        {
            omitted.Add(Key(k));
        }

        foreach (var (key, value) in dict.Entries)
        {
            if (!omitted.Contains(key))
            {
                result.Entries[key] = value;
            }
        }

        return result;
    }

    /// <summary>sprig values: Go's map order is random; we use sorted key order.</summary>
    private static GoList Values(GoMap? dict)
    {
        var values = new List<object?>();
        if (dict is not null)
        {
            foreach (string key in dict.SortedKeys())
            {
                values.Add(dict.Entries[key]);
            }
        }

        return new GoList(GoType.SliceOfInterface, values);
    }

    private static object? MergeAll(object?[] args, bool overwrite, bool swallowErrors)
    {
        var dst = Map(args[0]);
        try
        {
            for (int i = 1; i < args.Length; i++)
            {
                dst = SprigDictMerge.Merge(dst, Map(args[i]), overwrite);
            }
        }
        catch (GoFailure failure) when (swallowErrors && failure.Message == SprigDictMerge.DifferentArgumentsTypes)
        {
            // merge/mergeOverwrite swallow mergo's errors and return "" (panics still propagate).
            return "";
        }

        return dst ?? new GoMap(M);
    }

    private static object? Dig(object?[] args)
    {
        if (args.Length < 3)
        {
            throw new GoFailure("dig needs at least three arguments");
        }

        var dict = AssertPlainMap(args[^1]);
        var fallback = args[^2];
        var keys = new string[args.Length - 2];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = args[i] as string
                ?? throw new GoFailure($"interface conversion: interface {{}} is {AssertedTypeName(args[i])}, not string");
        }

        for (int i = 0; ; i++)
        {
            if (!dict.Entries.TryGetValue(keys[i], out var step))
            {
                return fallback;
            }

            if (i == keys.Length - 1)
            {
                return step;
            }

            dict = AssertPlainMap(step);
        }
    }

    /// <summary>Go's <c>v.(map[string]interface{})</c>: only that exact (unnamed) type passes.</summary>
    private static GoMap AssertPlainMap(object? value) =>
        value is GoMap map && map.Type.Equals(GoType.MapOfInterface)
            ? map
            : throw new GoFailure($"interface conversion: interface {{}} is {AssertedTypeName(value)}, not map[string]interface {{}}");

    private static string AssertedTypeName(object? value) => value is null ? "nil" : GoValue.TypeName(value);

    private static string Key(object? value) => value as string ?? "";
}
