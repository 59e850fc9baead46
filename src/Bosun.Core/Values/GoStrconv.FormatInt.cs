using System.Text;

namespace Bosun.Core.Values;

public static partial class GoStrconv
{
    private const string Digits36 = "0123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary>strconv.Itoa / FormatInt(i, 10).</summary>
    public static string Itoa(long value) => FormatInt(value, 10);

    /// <summary>strconv.FormatInt: <paramref name="value"/> in base 2..36 with lower-case letters.</summary>
    public static string FormatInt(long value, int numberBase)
    {
        CheckBase(numberBase);
        Span<char> buf = stackalloc char[65];
        int i = FormatBits(buf, value < 0 ? 0 - (ulong)value : (ulong)value, numberBase, value < 0);
        return new string(buf[i..]);
    }

    /// <summary>strconv.FormatUint: <paramref name="value"/> in base 2..36 with lower-case letters.</summary>
    public static string FormatUint(ulong value, int numberBase)
    {
        CheckBase(numberBase);
        Span<char> buf = stackalloc char[65];
        int i = FormatBits(buf, value, numberBase, negative: false);
        return new string(buf[i..]);
    }

    /// <summary>strconv.FormatBool: <c>true</c> or <c>false</c>.</summary>
    public static string FormatBool(bool value) => value ? "true" : "false";

    /// <summary>strconv.ParseBool: accepts 1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False; returns Go's error text or null.</summary>
    public static string? ParseBool(string s, out bool value)
    {
        switch (s)
        {
            case "1" or "t" or "T" or "true" or "TRUE" or "True":
                value = true;
                return null;
            case "0" or "f" or "F" or "false" or "FALSE" or "False":
                value = false;
                return null;
            default:
                value = false;
                return NumError("ParseBool", s, "invalid syntax");
        }
    }

    private static void CheckBase(int numberBase)
    {
        if (numberBase < 2 || numberBase > 36)
        {
            throw new GoFailure("strconv: illegal AppendInt/FormatInt base");
        }
    }

    // Writes the digits right-aligned into buf and returns the start index.
    private static int FormatBits(Span<char> buf, ulong u, int numberBase, bool negative)
    {
        int i = buf.Length;
        uint b = (uint)numberBase;
        do
        {
            i--;
            buf[i] = Digits36[(int)(u % b)];
            u /= b;
        }
        while (u != 0);

        if (negative)
        {
            i--;
            buf[i] = '-';
        }

        return i;
    }

    /// <summary>Appends an unsigned integer in the given base with the given digit alphabet (culture-free).</summary>
    internal static void AppendUnsigned(StringBuilder sb, ulong u, int numberBase, string digits)
    {
        Span<char> buf = stackalloc char[64];
        int i = buf.Length;
        uint b = (uint)numberBase;
        do
        {
            i--;
            buf[i] = digits[(int)(u % b)];
            u /= b;
        }
        while (u != 0);

        sb.Append(buf[i..]);
    }

    /// <summary>Appends a signed integer in the given base (culture-free).</summary>
    internal static void AppendSigned(StringBuilder sb, long v, int numberBase, string digits)
    {
        if (v < 0)
        {
            sb.Append('-');
            AppendUnsigned(sb, 0 - (ulong)v, numberBase, digits);
        }
        else
        {
            AppendUnsigned(sb, (ulong)v, numberBase, digits);
        }
    }
}
