using System.Globalization;
using System.Text;
using Bosun.Core.Values;

namespace Bosun.Core.JsonSchema;

/// <summary>
/// The text helpers of santhosh-tekuri/jsonschema's messages: its quote(), display() and the English
/// golang.org/x/text/message printer that groups integers (5,000) and prints %v floats in its own
/// scientific form (6×10⁰⁶).
/// </summary>
public static class JsonSchemaText
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>kind.quote: Go's %q with \" unescaped and ' escaped, in single quotes.</summary>
    public static string Quote(string s)
    {
        string q = GoStrconv.Quote(s);
        q = q.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal);
        return "'" + q[1..^1] + "'";
    }

    /// <summary>kind.joinQuoted.</summary>
    public static string JoinQuoted(IEnumerable<string> items) => string.Join(", ", items.Select(Quote));

    /// <summary>kind.display: strings quoted, objects and arrays as "value", others as fmt's %v.</summary>
    public static string Display(object? v) => v switch
    {
        string s => Quote(s),
        GoMap or GoList => "value",
        null => "<nil>",
        JsonNumber n => n.Text,
        _ => GoFormat.Sprint(v),
    };

    /// <summary>An int through the English message printer (%d): digits grouped by commas.</summary>
    public static string Int(long value)
    {
        string digits = Math.Abs((decimal)value).ToString(CultureInfo.InvariantCulture);
        return (value < 0 ? "-" : string.Empty) + Group(digits);
    }

    /// <summary>A float64 through the English message printer (%v).</summary>
    public static string Float(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "∞" : "-∞";
        }

        var (digits, exp) = ShortestDigits(Math.Abs(value));
        string sign = value < 0 || (value == 0 && double.IsNegative(value)) ? "-" : string.Empty;
        if (digits.Length == 0)
        {
            return sign + "0";
        }

        int e = exp - 1;
        if (e < -4 || e >= 6)
        {
            var sb = new StringBuilder(sign);
            sb.Append(digits[0]);
            if (digits.Length > 1)
            {
                sb.Append('.').Append(digits, 1, digits.Length - 1);
            }

            sb.Append("×10");
            if (e < 0)
            {
                sb.Append('⁻');
            }

            foreach (char c in Math.Abs(e).ToString("D2", CultureInfo.InvariantCulture))
            {
                sb.Append(Superscripts[c - '0']);
            }

            return sb.ToString();
        }

        string intPart = exp <= 0 ? "0" : digits.Length >= exp ? digits[..exp] : digits + new string('0', exp - digits.Length);
        string frac = exp <= 0 ? new string('0', -exp) + digits : digits.Length > exp ? digits[exp..] : string.Empty;
        return sign + Group(intPart) + (frac.Length > 0 ? "." + frac : string.Empty);
    }

    /// <summary>The shortest round-trip decimal digits (no leading/trailing zeros) and the decimal point position.</summary>
    private static (string Digits, int Exp) ShortestDigits(double v)
    {
        string r = v.ToString("R", CultureInfo.InvariantCulture);
        int exp = 0;
        int ei = r.IndexOfAny(['E', 'e']);
        if (ei >= 0)
        {
            exp = int.Parse(r[(ei + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..ei];
        }

        int dot = r.IndexOf('.', StringComparison.Ordinal);
        string digits = dot < 0 ? r : r.Remove(dot, 1);
        int point = (dot < 0 ? r.Length : dot) + exp;
        int lead = 0;
        while (lead < digits.Length && digits[lead] == '0')
        {
            lead++;
        }

        digits = digits[lead..].TrimEnd('0');
        return (digits, point - lead);
    }

    private static string Group(string digits)
    {
        if (digits.Length <= 3)
        {
            return digits;
        }

        var sb = new StringBuilder();
        int first = digits.Length % 3;
        if (first > 0)
        {
            sb.Append(digits, 0, first);
        }

        for (int i = first; i < digits.Length; i += 3)
        {
            if (sb.Length > 0)
            {
                sb.Append(',');
            }

            sb.Append(digits, i, 3);
        }

        return sb.ToString();
    }
}
