using System.Globalization;
using System.Text.RegularExpressions;
using Bosun.Core.Values;

namespace Bosun.Secrets.Sops.Stores;

/// <summary>
/// go.yaml.in/yaml/v3's resolution of plain scalars when decoding into <c>interface{}</c>: YAML 1.2 booleans
/// (<c>yes</c> stays a string), Go base-0 integers (<c>0755</c> is octal), floats, <c>.inf</c>/<c>.nan</c>,
/// null; timestamps stay strings unless tagged.
/// </summary>
internal static partial class YamlResolver
{
    public const string StrTag = "tag:yaml.org,2002:str";

    /// <summary>The value of a plain scalar.</summary>
    public static object? ResolvePlain(string s)
    {
        switch (s)
        {
            case "true" or "True" or "TRUE": return true;
            case "false" or "False" or "FALSE": return false;
            case "" or "~" or "null" or "Null" or "NULL": return null;
            case ".nan" or ".NaN" or ".NAN": return double.NaN;
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF": return double.PositiveInfinity;
            case "-.inf" or "-.Inf" or "-.INF": return double.NegativeInfinity;
        }

        char c = s[0];
        if (c == '.')
        {
            return GoStrconv.ParseFloat(s, 64, out double f) is null ? f : s;
        }

        if (c is '+' or '-' || char.IsAsciiDigit(c))
        {
            string plain = s.Replace("_", string.Empty, StringComparison.Ordinal);
            if (GoStrconv.ParseInt(plain, 0, 64, out long l) is null)
            {
                return l;
            }

            if (GoStrconv.ParseUint(plain, 0, 64, out ulong u) is null)
            {
                return (double)u;
            }

            if (YamlFloat().IsMatch(plain) && GoStrconv.ParseFloat(plain, 64, out double d) is null)
            {
                return d;
            }

            foreach (var (prefix, radix, negative) in new[] { ("0b", 2, false), ("-0b", 2, true), ("0o", 8, false), ("-0o", 8, true) })
            {
                if (plain.StartsWith(prefix, StringComparison.Ordinal) && GoStrconv.ParseInt((negative ? "-" : string.Empty) + plain[prefix.Length..], radix, 64, out long v) is null)
                {
                    return v;
                }
            }
        }

        return s;
    }

    /// <summary>Whether yaml.v3 may write the string plain: it must read back as a string and not as a YAML 1.1 bool or base-60 float.</summary>
    public static bool CanBePlainString(string s)
    {
        if (ResolvePlain(s) is not string)
        {
            return false;
        }

        if (s.Length > 0 && (s[0] is '-' or '+' or '.' || char.IsAsciiDigit(s[0])) && LooksLikeTimestamp(s))
        {
            return false;
        }

        return !IsOldBool(s) && !IsBase60Float(s);
    }

    /// <summary>yaml.v3's timestamp check (plain values that parse as timestamps are quoted on output).</summary>
    public static bool LooksLikeTimestamp(string s)
    {
        int i = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        return i == 4 && i < s.Length && s[i] == '-' && SopsTimestamp.TryParse(s, out _);
    }

    private static bool IsOldBool(string s) => s is "y" or "Y" or "yes" or "Yes" or "YES" or "on" or "On" or "ON"
        or "n" or "N" or "no" or "No" or "NO" or "off" or "Off" or "OFF";

    private static bool IsBase60Float(string s) =>
        s.Length > 0 && (s[0] is '+' or '-' || char.IsAsciiDigit(s[0])) && s.Contains(':', StringComparison.Ordinal) && Base60().IsMatch(s);

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex YamlFloat();

    [GeneratedRegex(@"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Base60();

    internal static string Invariant(double d) => d.ToString(CultureInfo.InvariantCulture);
}
