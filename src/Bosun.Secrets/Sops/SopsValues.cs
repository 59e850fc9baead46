using System.Globalization;
using System.Text;
using Bosun.Core.Values;

namespace Bosun.Secrets.Sops;

/// <summary>The byte forms sops gives leaf values (its <c>ToBytes</c>, used for the MAC and as plaintext).</summary>
internal static class SopsValues
{
    /// <summary>sops' value type names: <c>str</c>, <c>int</c>, <c>float</c>, <c>bool</c>, <c>time</c>, <c>comment</c>, <c>bytes</c>.</summary>
    public static string TypeName(object value) => value switch
    {
        string => "str",
        long => "int",
        double => "float",
        bool => "bool",
        SopsTimestamp => "time",
        SopsComment => "comment",
        byte[] => "str",
        _ => throw new InvalidOperationException("unsupported sops value type " + value.GetType().Name),
    };

    /// <summary>sops.ToBytes: UTF-8, Itoa, FormatFloat('f', -1), Python-style True/False, RFC 3339 nano.</summary>
    public static byte[] ToBytes(object value) => value switch
    {
        string s => Encoding.UTF8.GetBytes(s),
        long l => Encoding.ASCII.GetBytes(l.ToString(CultureInfo.InvariantCulture)),
        double d => Encoding.ASCII.GetBytes(GoStrconv.FormatFloat(d, 'f', -1, 64)),
        bool b => Encoding.ASCII.GetBytes(b ? "True" : "False"),
        SopsTimestamp t => Encoding.ASCII.GetBytes(t.Format()),
        SopsComment c => Encoding.UTF8.GetBytes(c.Value),
        byte[] bytes => bytes,
        _ => throw new InvalidOperationException("unsupported sops value type " + value.GetType().Name),
    };

    /// <summary>sops' stores.ValToString (dotenv and INI values): floats with 'G' and a forced decimal point.</summary>
    public static string ValToString(object? value) => value switch
    {
        null => "<nil>",
        string s => s,
        double d => FloatToString(d),
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        SopsTimestamp t => t.Value.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture) + (t.Value.Offset == TimeSpan.Zero ? "Z" : t.Value.ToString("zzz", CultureInfo.InvariantCulture)),
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        _ => value.ToString() ?? string.Empty,
    };

    private static string FloatToString(double d)
    {
        string result = GoStrconv.FormatFloat(d, 'G', -1, 64);
        if (!result.Contains('.', StringComparison.Ordinal) && !result.Contains('E', StringComparison.Ordinal))
        {
            result = GoStrconv.FormatFloat(d, 'f', 1, 64);
        }

        return result;
    }
}
