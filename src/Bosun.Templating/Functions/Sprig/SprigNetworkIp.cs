using System.Net;
using System.Net.Sockets;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>Go's net.ParseIP (netip.ParseAddr without zones) as sprig uses it for certificate IP SANs.</summary>
internal static class SprigNetworkIp
{
    /// <summary>The address as x509 writes it (IP.To4() when IPv4 or IPv4-mapped, else 16 bytes), or null when Go rejects it.</summary>
    public static byte[]? Parse(string text)
    {
        if (text.Contains(':', StringComparison.Ordinal))
        {
            return ParseIPv6(text);
        }

        return ParseIPv4(text);
    }

    private static byte[]? ParseIPv4(string text)
    {
        var parts = text.Split('.');
        if (parts.Length != 4)
        {
            return null;
        }

        var bytes = new byte[4];
        for (int i = 0; i < 4; i++)
        {
            var part = parts[i];
            if (part.Length is 0 or > 3 || (part.Length > 1 && part[0] == '0'))
            {
                return null;
            }

            int value = 0;
            foreach (char c in part)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return null;
                }

                value = value * 10 + (c - '0');
            }

            if (value > 255)
            {
                return null;
            }

            bytes[i] = (byte)value;
        }

        return bytes;
    }

    private static byte[]? ParseIPv6(string text)
    {
        int lastColon = text.LastIndexOf(':');
        var tail = text[(lastColon + 1)..];
        if (tail.Contains('.', StringComparison.Ordinal) && ParseIPv4(tail) is null)
        {
            return null;
        }

        foreach (char c in text)
        {
            if (!(char.IsAsciiHexDigit(c) || c is ':' or '.'))
            {
                return null;
            }
        }

        foreach (var group in text[..(lastColon + 1)].Split(':'))
        {
            if (group.Length > 4)
            {
                return null;
            }
        }

        if (!IPAddress.TryParse(text, out var address) || address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return null;
        }

        var bytes = address.GetAddressBytes();
        if (bytes.AsSpan(0, 10).IndexOfAnyExcept((byte)0) < 0 && bytes[10] == 0xff && bytes[11] == 0xff)
        {
            return bytes[12..];
        }

        return bytes;
    }
}
