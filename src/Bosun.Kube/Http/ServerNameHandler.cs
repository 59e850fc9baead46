namespace Bosun.Kube.Http;

/// <summary>
/// Makes the TLS handshake use <c>tls-server-name</c>: SocketsHttpHandler takes the SNI name (and the name it checks
/// the certificate against) from the Host header, so the header is set to that name. client-go sends the same SNI;
/// the API server ignores the Host header.
/// </summary>
public sealed class ServerNameHandler(string serverName) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Host = serverName;
        return base.SendAsync(request, cancellationToken);
    }
}
