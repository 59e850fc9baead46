using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;

namespace Bosun.Core.JsonSchema;

/// <summary>Connecting as Go's net.Dialer does, and Go's wording of network failures.</summary>
public sealed partial class HttpJsonSchemaLoader
{
    private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken token)
    {
        string host = context.DnsEndPoint.Host;
        int port = context.DnsEndPoint.Port;
        IPAddress[] addresses;
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await Dns.GetHostAddressesAsync(host, token).ConfigureAwait(false);
            }
            catch (SocketException)
            {
                throw new GoNetException($"dial tcp: lookup {host} on {Resolver()}: no such host");
            }

            if (addresses.Length == 0)
            {
                throw new GoNetException($"dial tcp: lookup {host} on {Resolver()}: no such host");
            }
        }

        GoNetException? first = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), token).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                first ??= new GoNetException($"dial tcp {FormatEndpoint(address, port)}: connect: {SocketText(ex.SocketErrorCode)}");
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw first ?? new GoNetException("dial tcp: missing address");
    }

    private static string FormatEndpoint(IPAddress address, int port) =>
        (address.AddressFamily == AddressFamily.InterNetworkV6 ? "[" + address + "]" : address.ToString()) + ":" + port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string SocketText(SocketError error) => error switch
    {
        SocketError.ConnectionRefused => "connection refused",
        SocketError.NetworkUnreachable => "network is unreachable",
        SocketError.HostUnreachable => "no route to host",
        SocketError.TimedOut => "connection timed out",
        SocketError.ConnectionReset => "connection reset by peer",
        SocketError.AccessDenied => "permission denied",
        _ => error.ToString(),
    };

    // Go's resolver names the DNS server it asked: the first nameserver of /etc/resolv.conf, port 53.
    private static string Resolver()
    {
        try
        {
            foreach (string line in File.ReadLines("/etc/resolv.conf"))
            {
                var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length >= 2 && parts[0] == "nameserver" && IPAddress.TryParse(parts[1], out var ns))
                {
                    return FormatEndpoint(ns, 53);
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return "127.0.0.1:53";
    }

    private static string GoNetError(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is GoNetException go)
            {
                return go.Message;
            }

            if (e is AuthenticationException auth)
            {
                return TlsText(auth);
            }

            if (e is SocketException socket)
            {
                return "read tcp: " + SocketText(socket.SocketErrorCode);
            }
        }

        return ex.Message;
    }

    private static string TlsText(AuthenticationException ex)
    {
        string message = ex.InnerException?.Message ?? ex.Message;
        if (message.Contains("frame", StringComparison.OrdinalIgnoreCase))
        {
            return "tls: first record does not look like a TLS handshake";
        }

        if (message.Contains("UntrustedRoot", StringComparison.Ordinal) || message.Contains("PartialChain", StringComparison.Ordinal))
        {
            return "tls: failed to verify certificate: x509: certificate signed by unknown authority";
        }

        if (message.Contains("NotTimeValid", StringComparison.Ordinal))
        {
            return "tls: failed to verify certificate: x509: certificate has expired or is not yet valid";
        }

        return "tls: " + message;
    }

    /// <summary>Go's http.StatusText.</summary>
    internal static string StatusText(int code) => code switch
    {
        100 => "Continue", 101 => "Switching Protocols", 102 => "Processing", 103 => "Early Hints",
        200 => "OK", 201 => "Created", 202 => "Accepted", 203 => "Non-Authoritative Information", 204 => "No Content",
        205 => "Reset Content", 206 => "Partial Content", 207 => "Multi-Status", 208 => "Already Reported", 226 => "IM Used",
        300 => "Multiple Choices", 301 => "Moved Permanently", 302 => "Found", 303 => "See Other", 304 => "Not Modified",
        305 => "Use Proxy", 307 => "Temporary Redirect", 308 => "Permanent Redirect",
        400 => "Bad Request", 401 => "Unauthorized", 402 => "Payment Required", 403 => "Forbidden", 404 => "Not Found",
        405 => "Method Not Allowed", 406 => "Not Acceptable", 407 => "Proxy Authentication Required", 408 => "Request Timeout",
        409 => "Conflict", 410 => "Gone", 411 => "Length Required", 412 => "Precondition Failed", 413 => "Request Entity Too Large",
        414 => "Request URI Too Long", 415 => "Unsupported Media Type", 416 => "Requested Range Not Satisfiable",
        417 => "Expectation Failed", 418 => "I'm a teapot", 421 => "Misdirected Request", 422 => "Unprocessable Entity",
        423 => "Locked", 424 => "Failed Dependency", 425 => "Too Early", 426 => "Upgrade Required", 428 => "Precondition Required",
        429 => "Too Many Requests", 431 => "Request Header Fields Too Large", 451 => "Unavailable For Legal Reasons",
        500 => "Internal Server Error", 501 => "Not Implemented", 502 => "Bad Gateway", 503 => "Service Unavailable",
        504 => "Gateway Timeout", 505 => "HTTP Version Not Supported", 506 => "Variant Also Negotiates",
        507 => "Insufficient Storage", 508 => "Loop Detected", 510 => "Not Extended", 511 => "Network Authentication Required",
        _ => string.Empty,
    };

    /// <summary>A network failure already worded as Go's net package words it.</summary>
    private sealed class GoNetException(string message) : IOException(message);
}
