using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Bosun.Kube.Config;
using Bosun.Kube.Diagnostics;

namespace Bosun.Kube.Http;

/// <summary>
/// Builds the HTTP pipeline for a <see cref="KubeConnection"/>: retries and timeouts, then the client-side rate
/// limit, then authentication, then the transport (a <see cref="SocketsHttpHandler"/> with the cluster CA, client
/// certificate, <c>tls-server-name</c>, <c>insecure-skip-tls-verify</c> and <c>proxy-url</c>, or any handler given,
/// e.g. the emulator's in-process <c>EmuApi</c>).
/// </summary>
public static class KubeHttpClientFactory
{
    /// <summary>The handler chain; <paramref name="transport"/> replaces the socket transport (tests, in-process servers).</summary>
    public static HttpMessageHandler CreateHandler(KubeConnection connection, KubeHttpOptions options, HttpMessageHandler? transport = null)
    {
        ExecCredentialProvider? exec = connection.Exec is { } execConfig
            ? new ExecCredentialProvider(execConfig, connection.AuthInfoName ?? string.Empty, connection, options.TimeProvider)
            : null;
        HttpMessageHandler inner = transport ?? CreateTransport(connection, exec);
        if (transport is null && connection.TlsServerName is { Length: > 0 } serverName && connection.Server.Scheme == "https")
        {
            inner = new ServerNameHandler(serverName) { InnerHandler = inner };
        }

        inner = new AuthHandler(connection, exec, options.TimeProvider) { InnerHandler = inner };
        if (options.Qps > 0)
        {
            inner = new RateLimitHandler(new TokenBucketRateLimiter(options.Qps, Math.Max(1, options.Burst), options.TimeProvider)) { InnerHandler = inner };
        }

        return new RetryHandler(options) { InnerHandler = inner };
    }

    /// <summary>An <see cref="HttpClient"/> on the pipeline, with the server as base address and no client-level timeout.</summary>
    public static HttpClient CreateClient(KubeConnection connection, KubeHttpOptions options, HttpMessageHandler? transport = null)
    {
        var client = new HttpClient(CreateHandler(connection, options, transport))
        {
            BaseAddress = connection.Server,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        return client;
    }

    /// <summary>The socket transport with TLS configured from the connection.</summary>
    public static SocketsHttpHandler CreateTransport(KubeConnection connection, ExecCredentialProvider? exec = null)
    {
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(30),
        };
        if (connection.ProxyUrl is { } proxy)
        {
            handler.Proxy = new WebProxy(proxy);
            handler.UseProxy = true;
        }

        var trust = connection.CaPem is { } ca ? LoadCertificates(ca, "certificate-authority", connection.ClusterName) : null;
        string? serverName = connection.TlsServerName;
        bool insecure = connection.InsecureSkipTlsVerify;
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, chain, errors) =>
            insecure || Validate(certificate as X509Certificate2, chain, errors, trust, serverName);

        if (connection.ClientCertificatePem is { } certPem && connection.ClientKeyPem is { } keyPem)
        {
            var clientCert = LoadClientCertificate(certPem, keyPem, connection.AuthInfoName);
            handler.SslOptions.ClientCertificates = [clientCert];
        }
        else if (exec is not null)
        {
            handler.SslOptions.LocalCertificateSelectionCallback = (_, _, _, _, _) =>
            {
                var credential = exec.GetAsync(CancellationToken.None).GetAwaiter().GetResult();
                return credential is { ClientCertificatePem: { } c, ClientKeyPem: { } k }
                    ? LoadClientCertificate(c, k, connection.AuthInfoName)
                    : null!;
            };
        }

        return handler;
    }

    private static bool Validate(X509Certificate2? certificate, X509Chain? presented, SslPolicyErrors errors, X509Certificate2Collection? trust, string? serverName)
    {
        if (certificate is null)
        {
            return false;
        }

        if (serverName is not null)
        {
            errors &= ~SslPolicyErrors.RemoteCertificateNameMismatch;
            if (!certificate.MatchesHostname(serverName))
            {
                return false;
            }
        }

        if (trust is null)
        {
            return errors == SslPolicyErrors.None;
        }

        if ((errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(trust);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (presented is not null)
        {
            foreach (var element in presented.ChainElements)
            {
                chain.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        return chain.Build(certificate);
    }

    private static X509Certificate2Collection LoadCertificates(byte[] pem, string what, string? owner)
    {
        var collection = new X509Certificate2Collection();
        try
        {
            collection.ImportFromPem(Encoding.ASCII.GetString(pem));
        }
        catch (CryptographicException e)
        {
            throw KubeErrors.InvalidCertificate.Create(what, owner ?? "the cluster", e.Message).ToException();
        }

        if (collection.Count == 0)
        {
            throw KubeErrors.InvalidCertificate.Create(what, owner ?? "the cluster", "no PEM certificate found").ToException();
        }

        return collection;
    }

    private static X509Certificate2 LoadClientCertificate(byte[] certPem, byte[] keyPem, string? owner)
    {
        try
        {
            using var ephemeral = X509Certificate2.CreateFromPem(Encoding.ASCII.GetString(certPem), Encoding.ASCII.GetString(keyPem));
            return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pkcs12), null);
        }
        catch (CryptographicException)
        {
            // The key material must never reach a message: report only that the pair is unusable.
            throw KubeErrors.InvalidCertificate.Create("client certificate/key", owner ?? "the user", "not a valid PEM certificate and private key pair").ToException();
        }
    }
}
