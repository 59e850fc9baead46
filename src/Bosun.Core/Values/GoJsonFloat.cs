namespace Bosun.Core.Values;

/// <summary>
/// Float formatting for the JSON and YAML encoders: strconv's shortest forms (via <see cref="GoStrconv"/>) and
/// encoding/json's float encoder.
/// </summary>
internal static class GoJsonFloat
{
    /// <summary>strconv.FormatFloat(v, 'g', -1, bitSize).</summary>
    public static string FormatG(double value, int bitSize) => GoStrconv.FormatFloat(value, 'g', -1, bitSize);

    /// <summary>strconv.FormatFloat(v, 'e', -1, bitSize).</summary>
    public static string FormatE(double value, int bitSize) => GoStrconv.FormatFloat(value, 'e', -1, bitSize);

    /// <summary>strconv.FormatFloat(v, 'f', -1, bitSize).</summary>
    public static string FormatF(double value, int bitSize) => GoStrconv.FormatFloat(value, 'f', -1, bitSize);

    /// <summary>
    /// encoding/json's float encoding: 'f' form, 'e' form below 1e-6 or from 1e21 (with e-07 cleaned to e-7).
    /// Returns null for NaN and infinities (json: unsupported value).
    /// </summary>
    public static string? FormatJson(double value, int bitSize = 64)
    {
        double v = bitSize == 32 ? (float)value : value;
        if (double.IsNaN(v) || double.IsInfinity(v))
        {
            return null;
        }

        double abs = Math.Abs(value);
        bool useE = false;
        if (abs != 0)
        {
            if (bitSize == 64)
            {
                useE = abs < 1e-6 || abs >= 1e21;
            }
            else
            {
                float fa = (float)abs;
                useE = fa < 1e-6f || fa >= 1e21f;
            }
        }

        if (!useE)
        {
            return FormatF(value, bitSize);
        }

        string s = FormatE(value, bitSize);
        int n = s.Length;
        if (n >= 4 && s[n - 4] == 'e' && s[n - 3] == '-' && s[n - 2] == '0')
        {
            s = s[..(n - 2)] + s[n - 1];
        }

        return s;
    }

    /// <summary>strconv.Quote.</summary>
    public static string QuoteGo(string s) => GoStrconv.Quote(s);
}
