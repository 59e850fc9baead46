using System.Globalization;
using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// Sprig conversions: atoi (strconv.Atoi, errors ignored), int/int64/float64 (spf13/cast), toDecimal
/// (octal text → int64), toString (strval) and toStrings (strslice).
/// </summary>
internal static class SprigConversionFunctions
{
    private static readonly GoType Any = GoType.Interface;

    public static void Register(FunctionTable.Builder table)
    {
        table.Add("atoi", GoSignature.Of(GoType.String), a => GoValue.Int(Atoi(a[0] as string ?? "")));
        table.Add("int64", GoSignature.Of(Any), a => GoInt.Int64(SprigConvert.ToInt64(a[0])));
        table.Add("int", GoSignature.Of(Any), a => GoValue.Int(SprigConvert.ToInt(a[0])));
        table.Add("float64", GoSignature.Of(Any), a => SprigConvert.ToFloat64(a[0]));
        table.Add("toDecimal", GoSignature.Of(Any), a => GoInt.Int64(ToDecimal(a[0])));
        table.Add("toString", GoSignature.Of(Any), a => SprigConvert.StrVal(a[0]));
        table.Add("toStrings", GoSignature.Of(Any), a => ToStrings(a[0]));
    }

    /// <summary>sprig strslice: a []string comes back as the same slice (Go does not copy it).</summary>
    internal static GoList ToStrings(object? value) =>
        value is GoList { Type.Name: "[]string" } strings ? strings : GoList.OfStrings(SprigConvert.StrSlice(value));

    /// <summary>strconv.Atoi with its error dropped: 0 on a syntax error, the clamped value on overflow.</summary>
    internal static long Atoi(string s)
    {
        if (s.Length == 0)
        {
            return 0;
        }

        bool negative = s[0] == '-';
        int start = s[0] is '-' or '+' ? 1 : 0;
        if (start == s.Length)
        {
            return 0;
        }

        ulong n = 0;
        for (int i = start; i < s.Length; i++)
        {
            int d = s[i] - '0';
            if (d is < 0 or > 9)
            {
                return 0;
            }

            // ParseUint stops at the first overflowing digit with a range error (and the clamped value).
            if (n >= (ulong.MaxValue / 10) + 1)
            {
                return negative ? long.MinValue : long.MaxValue;
            }

            ulong next = (n * 10) + (ulong)d;
            if (next < n * 10)
            {
                return negative ? long.MinValue : long.MaxValue;
            }

            n = next;
        }

        if (!negative)
        {
            return n >= 1UL << 63 ? long.MaxValue : (long)n;
        }

        return n > 1UL << 63 ? long.MinValue : unchecked(-(long)n);
    }

    /// <summary>sprig toDecimal: strconv.ParseInt(fmt.Sprint(v), 8, 64), 0 on any error.</summary>
    internal static long ToDecimal(object? value)
    {
        string s = value switch
        {
            string text => text,
            long l => l.ToString(CultureInfo.InvariantCulture),
            _ => GoFormat.Sprint([value]),
        };

        if (s.Length == 0)
        {
            return 0;
        }

        bool negative = s[0] == '-';
        int start = s[0] is '-' or '+' ? 1 : 0;
        if (start == s.Length)
        {
            return 0;
        }

        ulong n = 0;
        for (int i = start; i < s.Length; i++)
        {
            int d = s[i] - '0';
            if (d is < 0 or > 7)
            {
                return 0;
            }

            if (n > (1UL << 63) / 8)
            {
                return 0;
            }

            n = (n * 8) + (ulong)d;
        }

        if (!negative)
        {
            return n >= 1UL << 63 ? 0 : (long)n;
        }

        return n > 1UL << 63 ? 0 : unchecked(-(long)n);
    }
}
