namespace Bosun.Core.Values;

/// <summary>
/// Go's fmt package over the value model: Sprint, Sprintln, Sprintf with every verb and flag,
/// the <c>%!d(float64=1e+06)</c> mistake forms, and strconv's shortest float formatting.
/// </summary>
public static partial class GoFormat
{
    /// <summary>fmt.Sprint: operands concatenated, a space between two operands when neither is a string.</summary>
    public static string Sprint(ReadOnlySpan<object?> args) => throw new NotImplementedException("GoFormat.Sprint");

    /// <summary>fmt.Sprintln: operands always separated by spaces, newline appended.</summary>
    public static string Sprintln(ReadOnlySpan<object?> args) => throw new NotImplementedException("GoFormat.Sprintln");

    /// <summary>fmt.Sprintf.</summary>
    public static string Sprintf(string format, ReadOnlySpan<object?> args) => throw new NotImplementedException("GoFormat.Sprintf");

    /// <summary>%v of one value as an action prints it (<c>{{ .x }}</c>): nil → <c>&lt;nil&gt;</c>, float64 in 'g' shortest form.</summary>
    public static string FormatValue(object? value) => throw new NotImplementedException("GoFormat.FormatValue");

    /// <summary>strconv.FormatFloat(f, 'g', -1, 64): <c>1e+06</c>, <c>123456</c>, <c>1.5</c>.</summary>
    public static string FormatFloatG(double value) => throw new NotImplementedException("GoFormat.FormatFloatG");
}
