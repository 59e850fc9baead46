using System.Net.Sockets;
using System.Security.Authentication;
using Bosun.Core.Diagnostics;
using Bosun.Kube.Diagnostics;

namespace Bosun.Kube.Http;

/// <summary>Sends one request and turns every failure into a BOSUN50xx/51xx exception.</summary>
public static class KubeHttp
{
    /// <summary>
    /// Sends <paramref name="request"/>; a non-2xx answer throws <see cref="KubeApiException"/> (Status body) or
    /// BOSUN5054 (anything else); network, TLS and timeout failures throw BOSUN5050–5053.
    /// <paramref name="subject"/> names the object in messages (<c>Deployment/demo/web</c>).
    /// </summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpRequestMessage request, string? subject, CancellationToken cancellationToken, bool streaming = false)
    {
        string method = request.Method.Method;
        var uri = request.RequestUri is { IsAbsoluteUri: true } absolute ? absolute
            : http.BaseAddress is { } baseAddress && request.RequestUri is { } relative ? new Uri(baseAddress, relative) : request.RequestUri;
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, streaming ? HttpCompletionOption.ResponseHeadersRead : HttpCompletionOption.ResponseContentRead, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw Transport(e, uri);
        }
        catch (TimeoutException e)
        {
            throw new BosunException(KubeErrors.RequestTimeout.Create(method, PathOf(uri), e.Message[(e.Message.LastIndexOf(' ') + 1)..]) with { Subject = subject }, e);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            string body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var status = KubeStatus.Parse(body);
            if (status is not null)
            {
                if (status.Code == 0)
                {
                    status = status with { Code = (int)response.StatusCode };
                }

                throw KubeStatusMapper.ToException(status, subject);
            }

            string text = body.Trim() is { Length: > 0 } t ? (t.Length > 200 ? t[..200] + "…" : t) : response.ReasonPhrase ?? string.Empty;
            var synthesized = new KubeStatus((int)response.StatusCode, response.ReasonPhrase, text);
            if ((int)response.StatusCode is 401 or 403 or 404 or 429 or >= 500)
            {
                // Proxies and load balancers answer without a Status; classify by code anyway.
                throw KubeStatusMapper.ToException(synthesized, subject);
            }

            throw new KubeApiException(KubeErrors.UnexpectedResponse.Create(method, PathOf(uri), (int)response.StatusCode, text) with { Subject = subject }, synthesized);
        }
    }

    /// <summary>The diagnostic exception for a transport failure.</summary>
    public static BosunException Transport(HttpRequestException e, Uri? uri)
    {
        string server = uri is null ? "?" : uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}";
        if (e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
        {
            return new BosunException(KubeErrors.ConnectionRefused.Create(server), e);
        }

        if (e.HttpRequestError == HttpRequestError.SecureConnectionError || e.InnerException is AuthenticationException)
        {
            string detail = e.InnerException?.Message ?? e.Message;
            return new BosunException(KubeErrors.TlsFailed.Create(server, detail)
                .WithHint("check certificate-authority, tls-server-name and the client certificate in the kubeconfig"), e);
        }

        return new BosunException(KubeErrors.ConnectionFailed.Create(server, e.InnerException?.Message ?? e.Message), e);
    }

    private static string PathOf(Uri? uri) => uri is null ? "?" : uri.IsAbsoluteUri ? uri.PathAndQuery : uri.ToString();
}
