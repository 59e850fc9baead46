using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// Sprig's shared conversions (sprig's <c>strval</c>, <c>strslice</c> and spf13/cast's <c>ToInt64E</c>,
/// <c>ToFloat64E</c>, <c>ToIntE</c>) used by several sprig function families.
/// </summary>
internal static class SprigConvert
{
    /// <summary>sprig strval: string as is, []byte as text, Stringer's String(), else fmt %v.</summary>
    public static string StrVal(object? value) => throw new NotImplementedException(nameof(StrVal));

    /// <summary>sprig strslice: []string as is, []interface{} with nils dropped and strval, other → [strval].</summary>
    public static List<string> StrSlice(object? value) => throw new NotImplementedException(nameof(StrSlice));

    /// <summary>cast.ToInt64 (sprig toInt64): numbers truncate, strings parse with base prefixes, else 0.</summary>
    public static long ToInt64(object? value) => throw new NotImplementedException(nameof(ToInt64));

    /// <summary>cast.ToInt (sprig toInt).</summary>
    public static long ToInt(object? value) => throw new NotImplementedException(nameof(ToInt));

    /// <summary>cast.ToFloat64 (sprig toFloat64).</summary>
    public static double ToFloat64(object? value) => throw new NotImplementedException(nameof(ToFloat64));

    /// <summary>Go-value list view of any slice (sprig's reflect-based list handling); false if not a slice.</summary>
    public static bool TryGetList(object? value, out GoList? list)
    {
        list = value as GoList;
        return list is not null;
    }
}
