using System.Net.Http.Headers;
using System.Text;
using Bosun.Kube.Config;

namespace Bosun.Kube.Http;

/// <summary>
/// Adds the Authorization header: a static bearer token, a token file (re-read once a minute, as client-go does for
/// rotating service-account tokens), basic auth, or an exec plugin's token. A 401 with an exec credential drops the
/// cached credential and repeats the request once with a fresh one. A request that already carries
/// Authorization is left alone.
/// </summary>
public sealed class AuthHandler : DelegatingHandler
{
    private static readonly TimeSpan s_tokenFilePeriod = TimeSpan.FromMinutes(1);
    private readonly KubeConnection _connection;
    private readonly ExecCredentialProvider? _exec;
    private readonly TimeProvider _time;
    private string? _fileToken;
    private DateTimeOffset _fileTokenRead;

    public AuthHandler(KubeConnection connection, ExecCredentialProvider? exec, TimeProvider time)
    {
        _connection = connection;
        _exec = exec;
        _time = time;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is not null)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        ExecCredential? credential = null;
        if (_exec is not null)
        {
            credential = await _exec.GetAsync(cancellationToken).ConfigureAwait(false);
            if (credential.Token is { } execToken)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", execToken);
            }
        }
        else if (Token() is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        else if (_connection.Username is { Length: > 0 } user)
        {
            string basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + _connection.Password));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == System.Net.HttpStatusCode.Unauthorized && _exec is not null && credential is not null)
        {
            _exec.Invalidate(credential);
            var fresh = await _exec.GetAsync(cancellationToken).ConfigureAwait(false);
            if (!ReferenceEquals(fresh, credential) && fresh.Token is { } freshToken && fresh.Token != credential.Token)
            {
                response.Dispose();
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", freshToken);
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
        }

        return response;
    }

    private string? Token()
    {
        if (_connection.BearerTokenFile is { } file)
        {
            var now = _time.GetUtcNow();
            if (_fileToken is null || now - _fileTokenRead >= s_tokenFilePeriod)
            {
                try
                {
                    _fileToken = File.ReadAllText(file).Trim();
                    _fileTokenRead = now;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Keep the last good token while the file is being rotated; without one, report the file.
                    if (_fileToken is null)
                    {
                        throw Diagnostics.KubeErrors.CredentialFileUnreadable
                            .Create("tokenFile", file, _connection.AuthInfoName ?? "in-cluster", Config.KubeConnectionResolver.ShortReason(e)).ToException();
                    }
                }
            }

            return _fileToken;
        }

        return _connection.BearerToken;
    }
}
