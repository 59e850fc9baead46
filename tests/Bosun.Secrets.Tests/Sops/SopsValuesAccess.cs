using System.Globalization;
using System.Text;
using Bosun.Core.Values;
using Bosun.Secrets.Sops;

namespace Bosun.Secrets.Tests.Sops;

/// <summary>Test-side mirror of sops' ToBytes and type names, to check decrypted leaves against vectors.</summary>
internal static class SopsValuesAccess
{
    public static byte[] ToBytes(object value) => value switch
    {
        string s => Encoding.UTF8.GetBytes(s),
        long l => Encoding.ASCII.GetBytes(l.ToString(CultureInfo.InvariantCulture)),
        double d => Encoding.ASCII.GetBytes(GoStrconv.FormatFloat(d, 'f', -1, 64)),
        bool b => Encoding.ASCII.GetBytes(b ? "True" : "False"),
        byte[] bytes => bytes,
        SopsTimestamp t => Encoding.ASCII.GetBytes(t.Format()),
        _ => throw new InvalidOperationException(value.GetType().Name),
    };

    /// <summary>The sops type of a leaf; the "bytes" type decrypts to raw bytes.</summary>
    public static string TypeName(object value, string? expected) => value switch
    {
        string => "str",
        long => "int",
        double => "float",
        bool => "bool",
        byte[] => expected == "bytes" ? "bytes" : "str",
        SopsTimestamp => "time",
        _ => value.GetType().Name,
    };
}
