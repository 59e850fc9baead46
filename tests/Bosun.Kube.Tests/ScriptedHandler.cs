using System.Net;
using System.Text;

namespace Bosun.Kube.Tests;

/// <summary>A fake transport: answers requests from a script (in order, the last step repeats) and records them.</summary>
public sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly List<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _steps = [];

    public List<Recorded> Requests { get; } = [];

    public sealed record Recorded(string Method, string Uri, string? Body, string? ContentType, string? Authorization, string? Accept);

    public ScriptedHandler Then(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> step)
    {
        _steps.Add(step);
        return this;
    }

    public ScriptedHandler Then(Func<HttpRequestMessage, HttpResponseMessage> step) => Then((r, _) => Task.FromResult(step(r)));

    public ScriptedHandler Respond(HttpStatusCode code, string body = "{}", string contentType = "application/json", params (string Name, string Value)[] headers) =>
        Then(_ => Response(code, body, contentType, headers));

    public ScriptedHandler Throw(Exception e) => Then(_ => throw e);

    public static HttpResponseMessage Response(HttpStatusCode code, string body = "{}", string contentType = "application/json", params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(code) { Content = new StringContent(body, Encoding.UTF8) };
        response.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string? body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Requests)
        {
            Requests.Add(new Recorded(
                request.Method.Method,
                request.RequestUri?.ToString() ?? string.Empty,
                body,
                request.Content?.Headers.ContentType?.ToString(),
                request.Headers.Authorization?.ToString(),
                request.Headers.Accept.Count > 0 ? string.Join(",", request.Headers.Accept) : null));
        }

        Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> step;
        lock (_steps)
        {
            step = _steps.Count > 1 ? _steps[0] : _steps[^1];
            if (_steps.Count > 1)
            {
                _steps.RemoveAt(0);
            }
        }

        var response = await step(request, cancellationToken);
        response.RequestMessage = request;
        return response;
    }
}
