using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// Sprig defaults (defaults.go): default, empty, coalesce, all, any, compact, mustCompact, ternary,
/// and sprig's flow-control <c>fail</c>. "Empty" is Go's zero-ish test: nil, false, 0, 0.0, and
/// empty strings, slices and maps; structs are never empty.
/// </summary>
internal static class SprigDefaultFunctions
{
    private static readonly GoType Any = GoType.Interface;

    public static void Register(FunctionTable.Builder table)
    {
        table.Add("default", GoSignature.VariadicOf(Any, Any), a => a.Length < 2 || IsEmpty(a[1]) ? a[0] : a[1]);
        table.Add("empty", GoSignature.Of(Any), a => GoValue.Bool(IsEmpty(a[0])));
        table.Add("coalesce", GoSignature.VariadicOf(Any), Coalesce);
        table.Add("all", GoSignature.VariadicOf(Any), a => GoValue.Bool(Array.TrueForAll(a, v => !IsEmpty(v))));
        table.Add("any", GoSignature.VariadicOf(Any), a => GoValue.Bool(Array.Exists(a, v => !IsEmpty(v))));
        table.Add("compact", GoSignature.Of(Any), a => SprigListFunctions.Compact(a[0]));
        table.Add("mustCompact", new GoSignature([Any], returnsError: true), a => SprigListFunctions.Compact(a[0]));
        table.Add("ternary", GoSignature.Of(Any, Any, GoType.Bool), a => a[2] is true ? a[0] : a[1]);
        table.Add("fail", new GoSignature([GoType.String], returnsError: true), a => throw new GoFailure(a[0] as string ?? ""));
    }

    /// <summary>sprig empty.</summary>
    public static bool IsEmpty(object? value) => value switch
    {
        null => true,
        bool b => !b,
        long l => l == 0,
        GoInt i => i.Bits == 0,
        double d => d == 0,
        string s => s.Length == 0,
        byte[] bytes => bytes.Length == 0,
        GoList list => list.Count == 0,
        GoMap map => map.Count == 0,
        _ => false,
    };

    private static object? Coalesce(object?[] values)
    {
        foreach (var value in values)
        {
            if (!IsEmpty(value))
            {
                return value;
            }
        }

        return null;
    }
}
