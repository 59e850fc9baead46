using System.Globalization;
using System.Net;
using Bosun.Core.Text.Re2;
using Bosun.Core.Values;

namespace Bosun.Core.JsonSchema;

/// <summary>The format checks of santhosh-tekuri/jsonschema v6 (format.go) with its messages.</summary>
internal sealed partial class JsonSchemaFormat
{
    private static string? Hostname(string s)
    {
        if (s.EndsWith('.'))
        {
            s = s[..^1];
        }

        if (System.Text.Encoding.UTF8.GetByteCount(s) > 253)
        {
            return "more than 253 characters long";
        }

        foreach (var label in s.Split('.'))
        {
            int len = System.Text.Encoding.UTF8.GetByteCount(label);
            if (len < 1 || len > 63)
            {
                return "label must be 1 to 63 characters long";
            }

            if (label.StartsWith('-'))
            {
                return "label starts with hyphen";
            }

            if (label.EndsWith('-'))
            {
                return "label ends with hyphen";
            }

            foreach (var rune in label.EnumerateRunes())
            {
                if (!(rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value == '-')))
                {
                    return "invalid character " + GoStrconv.QuoteRune(rune.Value);
                }
            }
        }

        return null;
    }

    private static string? Email(string s)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(s) > 254)
        {
            return "more than 255 characters long";
        }

        int at = s.LastIndexOf('@');
        if (at < 0)
        {
            return "missing @";
        }

        string local = s[..at];
        string domain = s[(at + 1)..];
        if (local.Length > 64)
        {
            return "local part more than 64 characters long";
        }

        if (local.Length > 1 && local.StartsWith('"'))
        {
            string inner = local[1..^1];
            if (inner.Contains('\\', StringComparison.Ordinal) || inner.Contains('"', StringComparison.Ordinal))
            {
                return "backslash and quote are not allowed within quoted local part";
            }
        }
        else
        {
            if (local.StartsWith('.'))
            {
                return "starts with dot";
            }

            if (local.EndsWith('.'))
            {
                return "ends with dot";
            }

            if (local.Contains("..", StringComparison.Ordinal))
            {
                return "consecutive dots";
            }

            foreach (var rune in local.EnumerateRunes())
            {
                if (!(rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || ".!#$%&'*+-/=?^_`{|}~".Contains((char)rune.Value, StringComparison.Ordinal))))
                {
                    return "invalid character " + GoStrconv.QuoteRune(rune.Value);
                }
            }
        }

        if (domain.StartsWith('[') && domain.EndsWith(']'))
        {
            domain = domain[1..^1];
            if (domain.StartsWith("IPv6:", StringComparison.Ordinal))
            {
                return Ipv6(domain[5..]) is { } e6 ? "invalid ipv6 address: " + e6 : null;
            }

            return Ipv4(domain) is { } e4 ? "invalid ipv4 address: " + e4 : null;
        }

        return Hostname(domain) is { } eh ? "invalid domain: " + eh : null;
    }

    private static string? Ipv6(string s)
    {
        if (!s.Contains(':', StringComparison.Ordinal))
        {
            return "missing colon";
        }

        if (s.Contains('%', StringComparison.Ordinal))
        {
            return "zone id is not a part of ipv6 address";
        }

        return IPAddress.TryParse(s, out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
            ? null
            : "ParseAddr(" + GoStrconv.Quote(s) + "): unable to parse IP";
    }

    /// <summary>time.Parse("2006-01-02", s)'s error, or null.</summary>
    private static string? Date(string s)
    {
        string Cannot(string rest, string elem) => $"parsing time {GoStrconv.Quote(s)} as \"2006-01-02\": cannot parse {GoStrconv.Quote(rest)} as {GoStrconv.Quote(elem)}";
        if (s.Length < 4 || !s[..4].All(char.IsAsciiDigit))
        {
            return Cannot(s, "2006");
        }

        int year = int.Parse(s[..4], CultureInfo.InvariantCulture);
        string rest = s[4..];
        if (!rest.StartsWith('-'))
        {
            return Cannot(rest, "-");
        }

        rest = rest[1..];
        if (rest.Length < 2 || !char.IsAsciiDigit(rest[0]) || !char.IsAsciiDigit(rest[1]))
        {
            return Cannot(rest, "01");
        }

        int month = int.Parse(rest[..2], CultureInfo.InvariantCulture);
        if (month < 1 || month > 12)
        {
            return $"parsing time {GoStrconv.Quote(s)}: month out of range";
        }

        rest = rest[2..];
        if (!rest.StartsWith('-'))
        {
            return Cannot(rest, "-");
        }

        rest = rest[1..];
        if (rest.Length < 2 || !char.IsAsciiDigit(rest[0]) || !char.IsAsciiDigit(rest[1]))
        {
            return Cannot(rest, "02");
        }

        int day = int.Parse(rest[..2], CultureInfo.InvariantCulture);
        rest = rest[2..];
        if (rest.Length > 0)
        {
            return $"parsing time {GoStrconv.Quote(s)}: extra text: {GoStrconv.Quote(rest)}";
        }

        return day < 1 || day > DateTime.DaysInMonth(year == 0 ? 2000 : year, month)
            ? $"parsing time {GoStrconv.Quote(s)}: day out of range"
            : null;
    }

    private static string? Time(string str)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(str) < 9)
        {
            return "less than 9 characters long";
        }

        if (str[2] != ':' || str[5] != ':')
        {
            return "missing colon in correct place";
        }

        var hms = new int[3];
        var toks = str[..8].Split(':', 3);
        for (int i = 0; i < 3; i++)
        {
            if (!int.TryParse(toks[i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out hms[i]))
            {
                return "invalid hour/min/sec";
            }

            if (hms[i] < 0)
            {
                return "non-positive hour/min/sec";
            }
        }

        int h = hms[0], m = hms[1], sec = hms[2];
        if (h > 23 || m > 59 || sec > 60)
        {
            return "hour/min/sec out of range";
        }

        str = str[8..];
        if (str.StartsWith('.'))
        {
            string rem = str[1..];
            int digits = 0;
            while (digits < rem.Length && char.IsAsciiDigit(rem[digits]))
            {
                digits++;
            }

            if (digits == 0)
            {
                return "no digits in second fraction";
            }

            str = rem[digits..];
        }

        if (str != "z" && str != "Z")
        {
            if (str.Length != 6)
            {
                return "offset must be 6 characters long";
            }

            int sign = str[0] switch { '+' => -1, '-' => 1, _ => 0 };
            if (sign == 0)
            {
                return "offset must begin with plus/minus";
            }

            str = str[1..];
            if (str[2] != ':')
            {
                return "missing colon in offset in correct place";
            }

            var z = str.Split(':', 2);
            if (!int.TryParse(z[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int zh) ||
                !int.TryParse(z[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int zm))
            {
                return "invalid hour/min in offset";
            }

            if (zh < 0 || zm < 0)
            {
                return "non-positive hour/min in offset";
            }

            if (zh > 23 || zm > 59)
            {
                return "hour/min in offset out of range";
            }

            int hm = (h * 60) + m + (sign * ((zh * 60) + zm));
            if (hm < 0)
            {
                hm += 24 * 60;
            }

            h = hm / 60;
            m = hm % 60;
        }

        return sec >= 60 && (h != 23 || m != 59) ? "invalid leap second" : null;
    }

    private static string? DateTimeFormat(string s)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(s) < 20)
        {
            return "less than 20 characters long";
        }

        if (s[10] != 't' && s[10] != 'T')
        {
            return "11th character must be t or T";
        }

        if (Date(s[..10]) is { } de)
        {
            return "invalid date element: " + de;
        }

        return Time(s[11..]) is { } te ? "invalid time element: " + te : null;
    }

    private static string? RelativeJsonPointer(string s)
    {
        int digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits]))
        {
            digits++;
        }

        if (digits == 0)
        {
            return "must start with non-negative integer";
        }

        if (digits > 1 && s[0] == '0')
        {
            return "starts with zero";
        }

        s = s[digits..];
        return s == "#" ? null : JsonPointer(s);
    }

    private static string? Regex(string s)
    {
        try
        {
            Re2Regex.Compile(s);
            return null;
        }
        catch (Re2SyntaxException ex)
        {
            return ex.Message;
        }
    }
}
