using System.Text;
using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// Sprig's shared conversions (sprig's <c>strval</c>, <c>strslice</c> and spf13/cast v1.7's <c>ToInt64E</c>,
/// <c>ToFloat64E</c>, <c>ToIntE</c>) used by several sprig function families.
/// </summary>
internal static class SprigConvert
{
    private const double TwoPow63 = 9223372036854775808.0;

    /// <summary>sprig strval: string as is, []byte as text, Stringer's String(), else fmt %v.</summary>
    public static string StrVal(object? value) => value switch
    {
        string s => s,
        byte[] b => GoString.FromUtf8(b),
        IGoObject { StringRequiresAddress: false } o when o.GoString() is { } text => text,
        _ => GoFormat.FormatValue(value),
    };

    /// <summary>sprig strslice: []string as is, []interface{} with nils dropped and strval, other → [strval].</summary>
    public static List<string> StrSlice(object? value)
    {
        switch (value)
        {
            case null:
                return [];
            case GoList list:
                var result = new List<string>(list.Count);
                foreach (var item in list.Items)
                {
                    if (item is not null)
                    {
                        result.Add(StrVal(item));
                    }
                }

                return result;
            case byte[] bytes:
                var numbers = new List<string>(bytes.Length);
                foreach (var b in bytes)
                {
                    numbers.Add(b.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                return numbers;
            default:
                return [StrVal(value)];
        }
    }

    /// <summary>cast.ToInt64 (sprig toInt64): numbers truncate, strings parse with base prefixes, else 0.</summary>
    public static long ToInt64(object? value) => value switch
    {
        long l => l,
        GoInt i => i.Bits,
        double d => FloatToInt64(d),
        string s => GoStrconv.TryParseInt(TrimZeroDecimal(s), 0, out var parsed) ? parsed : 0,
        bool b => b ? 1 : 0,
        _ => 0,
    };

    /// <summary>cast.ToInt (sprig toInt); Go's int is 64 bits wide.</summary>
    public static long ToInt(object? value) => ToInt64(value);

    /// <summary>cast.ToFloat64 (sprig toFloat64).</summary>
    public static double ToFloat64(object? value) => value switch
    {
        long l => l,
        GoInt i => i.Type.IsUnsigned ? i.AsUnsigned : i.Bits,
        double d => d,
        string s => GoStrconv.TryParseFloat(s, out var parsed) ? parsed : 0,
        bool b => b ? 1 : 0,
        _ => 0,
    };

    /// <summary>
    /// Go's <c>int64(f)</c> on amd64 (CVTTSD2SQ): truncation toward zero, and the "integer indefinite"
    /// value <see cref="long.MinValue"/> for NaN and values outside the int64 range.
    /// </summary>
    public static long FloatToInt64(double value) =>
        double.IsNaN(value) || value >= TwoPow63 || value < -TwoPow63 ? long.MinValue : (long)value;

    /// <summary>Go-value list view of any slice (sprig's reflect-based list handling); false if not a slice.</summary>
    public static bool TryGetList(object? value, out GoList? list)
    {
        switch (value)
        {
            case GoList l:
                list = l;
                return true;
            case byte[] bytes:
                var items = new List<object?>(bytes.Length);
                foreach (var b in bytes)
                {
                    items.Add(new GoInt(GoType.Uint8, b));
                }

                list = new GoList(GoType.Bytes, items);
                return true;
            default:
                list = null;
                return false;
        }
    }

    /// <summary>
    /// Guards an allocation Go would attempt (and die on when it exceeds memory): a string of
    /// <paramref name="length"/> characters, or a list of as many elements when <paramref name="isList"/>.
    /// </summary>
    public static void EnsureAllocation(FunctionContext context, long length, bool isList = false)
    {
        long limit = isList ? context.Options.MaxOutputLength / 16 : context.Options.MaxOutputLength;
        if (length > limit)
        {
            throw new GoFailure("runtime error: makeslice: len out of range");
        }
    }

    /// <summary>
    /// cast's trimZeroDecimal: <c>"3.00"</c> → <c>"3"</c>; anything else (<c>"3.5"</c>, <c>"3."</c>) unchanged.
    /// </summary>
    internal static string TrimZeroDecimal(string s)
    {
        bool foundZero = false;
        for (int i = s.Length; i > 0; i--)
        {
            switch (s[i - 1])
            {
                case '.':
                    if (foundZero)
                    {
                        return s[..(i - 1)];
                    }

                    break;
                case '0':
                    foundZero = true;
                    break;
                default:
                    return s;
            }
        }

        return s;
    }
}
