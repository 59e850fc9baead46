using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Bosun.Kube.Tests.Http;

/// <summary>
/// A minimal HTTPS server on 127.0.0.1 (TcpListener + SslStream) answering every request with a fixed JSON body,
/// optionally requiring a client certificate; records the client certificate subject it saw.
/// </summary>
internal sealed class TlsTestServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly X509Certificate2 _certificate;
    private readonly bool _requireClientCertificate;
    private readonly Task _loop;

    public TlsTestServer(X509Certificate2 certificate, bool requireClientCertificate = false)
    {
        _certificate = certificate;
        _requireClientCertificate = requireClientCertificate;
        _listener.Start();
        _loop = Task.Run(AcceptLoopAsync);
    }

    public Uri Url => new($"https://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    public string? ClientSubject { get; private set; }

    /// <summary>The SNI name the client sent in its last handshake.</summary>
    public string? ServerNameIndication { get; private set; }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                using var ssl = new SslStream(client.GetStream());
                await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
                {
                    ServerCertificateSelectionCallback = (_, hostName) =>
                    {
                        ServerNameIndication = hostName;
                        return _certificate;
                    },
                    ClientCertificateRequired = _requireClientCertificate,
                    RemoteCertificateValidationCallback = (_, cert, _, _) =>
                    {
                        ClientSubject = cert?.Subject;
                        return !_requireClientCertificate || cert is not null;
                    },
                }, _stop.Token);
                var buffer = new byte[8192];
                var request = new StringBuilder();
                while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    int n = await ssl.ReadAsync(buffer, _stop.Token);
                    if (n == 0)
                    {
                        return;
                    }

                    request.Append(Encoding.ASCII.GetString(buffer, 0, n));
                }

                string body = """{"major":"1","minor":"34","gitVersion":"v1.34.0-tls"}""";
                string response = $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n{body}";
                await ssl.WriteAsync(Encoding.ASCII.GetBytes(response), _stop.Token);
            }
            catch (Exception)
            {
                // Handshake failures are what some tests provoke.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        _stop.Dispose();
    }

    /// <summary>Test certificates: a CA and leaves it signs.</summary>
    internal sealed class Pki
    {
        private Pki(X509Certificate2 ca, ECDsa caKey)
        {
            Ca = ca;
            CaKey = caKey;
        }

        public X509Certificate2 Ca { get; }

        private ECDsa CaKey { get; }

        public string CaPem => Ca.ExportCertificatePem();

        public static Pki Create(string name = "test-ca")
        {
            var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var request = new CertificateRequest("CN=" + name, key, HashAlgorithmName.SHA256);
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
            var ca = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
            return new Pki(ca, key);
        }

        /// <summary>A leaf with the given DNS names (and 127.0.0.1 when <paramref name="withLoopbackIp"/>); PFX-backed so SslStream can use its key.</summary>
        public (X509Certificate2 Certificate, string CertPem, string KeyPem) Issue(string cn, string[] dnsNames, bool withLoopbackIp, bool client = false)
        {
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var request = new CertificateRequest("CN=" + cn, key, HashAlgorithmName.SHA256);
            var san = new SubjectAlternativeNameBuilder();
            foreach (string dns in dnsNames)
            {
                san.AddDnsName(dns);
            }

            if (withLoopbackIp)
            {
                san.AddIpAddress(IPAddress.Loopback);
            }

            if (dnsNames.Length > 0 || withLoopbackIp)
            {
                request.CertificateExtensions.Add(san.Build());
            }

            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(client ? "1.3.6.1.5.5.7.3.2" : "1.3.6.1.5.5.7.3.1")], false));
            var serial = new byte[8];
            RandomNumberGenerator.Fill(serial);
            using var issued = request.Create(Ca.SubjectName, X509SignatureGenerator.CreateForECDsa(CaKey), DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(10), serial);
            using var withKey = issued.CopyWithPrivateKey(key);
            var pfx = X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
            return (pfx, issued.ExportCertificatePem(), key.ExportPkcs8PrivateKeyPem());
        }
    }
}
