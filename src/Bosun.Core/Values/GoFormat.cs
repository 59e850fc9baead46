using System.Globalization;
using System.Text;

namespace Bosun.Core.Values;

/// <summary>
/// Go's fmt package over the value model: Sprint, Sprintln, Sprintf with every verb and flag,
/// the <c>%!d(float64=1e+06)</c> mistake forms, and strconv's shortest float formatting.
/// </summary>
/// <remarks>
/// Go strings are bytes, ours are UTF-16: widths and precisions count runes (code points) as Go
/// does, <c>%x</c> on strings encodes UTF-8, and a lone surrogate behaves as one invalid rune (U+FFFD).
/// Pointer values (<c>%p</c>, pointers nested in containers) print a stable fake address in Go's
/// shape (<c>0xc000...</c>) since Go's real addresses are not reproducible anyway.
/// </remarks>
public static partial class GoFormat
{
    /// <summary>
    /// Go's ordering of strings (bytewise over UTF-8, i.e. by code point) as fmt uses for map keys.
    /// Unlike <see cref="StringComparer.Ordinal"/> it sorts supplementary characters (surrogate pairs)
    /// after U+E000..U+FFFF.
    /// </summary>
    public static IComparer<string> StringOrder => Printer.CodePointComparer.Instance;

    /// <summary><see cref="StringOrder"/> as a delegate made once (sorting with it makes no delegate per call).</summary>
    public static Comparison<string> StringOrderComparison => Printer.CodePointComparer.Comparison;

    /// <summary>fmt.Sprint: operands concatenated, a space between two operands when neither is a string.</summary>
    public static string Sprint(params ReadOnlySpan<object?> args)
    {
        var p = Printer.Rent();
        p.DoPrint(args);
        return p.ToStringAndReturn();
    }

    /// <summary>fmt.Sprintln: operands always separated by spaces, newline appended.</summary>
    public static string Sprintln(params ReadOnlySpan<object?> args)
    {
        var p = Printer.Rent();
        p.DoPrintln(args);
        return p.ToStringAndReturn();
    }

    /// <summary>fmt.Sprintf.</summary>
    public static string Sprintf(string format, params ReadOnlySpan<object?> args)
    {
        var p = Printer.Rent();
        p.DoPrintf(format, args);
        return p.ToStringAndReturn();
    }

    /// <summary>Appends fmt.Sprintf(format, args) to <paramref name="output"/>.</summary>
    public static void AppendSprintf(StringBuilder output, string format, ReadOnlySpan<object?> args)
    {
        var p = Printer.Rent();
        p.DoPrintf(format, args);
        p.CopyToAndReturn(output);
    }

    /// <summary>Appends fmt.Sprint(args) to <paramref name="output"/>.</summary>
    public static void AppendSprint(StringBuilder output, ReadOnlySpan<object?> args)
    {
        var p = Printer.Rent();
        p.DoPrint(args);
        p.CopyToAndReturn(output);
    }

    /// <summary>
    /// %v of one value as an action prints it (<c>{{ .x }}</c>): nil → <c>&lt;nil&gt;</c>, float64 in
    /// 'g' shortest form. Like text/template, a pointer to a struct without a String method is
    /// printed through the pointer (<c>{a b}</c>, not <c>&amp;{a b}</c>); everything else is fmt.Sprint(value).
    /// </summary>
    public static string FormatValue(object? value)
    {
        switch (value)
        {
            case string s:
                return s;
            case long l:
                return l.ToString(CultureInfo.InvariantCulture);
            case bool b:
                return b ? "true" : "false";
            case double d:
                return FormatFloatG(d);
            case null:
                return "<nil>";
        }

        var p = Printer.Rent();
        p.PrintActionValue(value);
        return p.ToStringAndReturn();
    }

    /// <summary>Appends <see cref="FormatValue"/> of <paramref name="value"/> to <paramref name="output"/> (the executor's hot path).</summary>
    public static void AppendValue(StringBuilder output, object? value)
    {
        switch (value)
        {
            case string s:
                output.Append(s);
                return;
            case long l:
                GoStrconv.AppendSigned(output, l, 10, "0123456789");
                return;
            case bool b:
                output.Append(b ? "true" : "false");
                return;
            case double d:
                GoStrconv.AppendFloat(output, d, 'g', -1, 64);
                return;
            case null:
                output.Append("<nil>");
                return;
        }

        var p = Printer.Rent();
        p.PrintActionValue(value);
        p.CopyToAndReturn(output);
    }

    /// <summary>strconv.FormatFloat(f, 'g', -1, 64): <c>1e+06</c>, <c>123456</c>, <c>1.5</c>.</summary>
    public static string FormatFloatG(double value) => GoStrconv.FormatFloat(value, 'g', -1, 64);
}
