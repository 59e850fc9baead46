using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Bosun.Engine.Tests.Charts.Schema;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 for schema-fetch tests: each path maps to a status and a body;
/// the path "/hang" accepts the request and never answers. Hermetic: loopback only.
/// </summary>
internal sealed class LoopbackSchemaServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Dictionary<string, (int Status, string Reason, string Body)> _routes = new(StringComparer.Ordinal);
    private readonly List<TcpClient> _held = [];
    private readonly CancellationTokenSource _stop = new();
    private int _requests;

    public LoopbackSchemaServer()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = Task.Run(AcceptLoopAsync);
    }

    public int Port { get; }

    /// <summary>How many requests reached the server.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public string Url(string path) => "http://127.0.0.1:" + Port.ToString(System.Globalization.CultureInfo.InvariantCulture) + path;

    public LoopbackSchemaServer Serve(string path, string body, int status = 200, string reason = "OK")
    {
        lock (_routes)
        {
            _routes[path] = (status, reason, body);
        }

        return this;
    }

    /// <summary>A port on 127.0.0.1 where nothing listens.</summary>
    public static int ClosedPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        lock (_held)
        {
            foreach (var c in _held)
            {
                c.Dispose();
            }
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        try
        {
            var stream = client.GetStream();
            var head = new StringBuilder();
            var buffer = new byte[1];
            while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && await stream.ReadAsync(buffer, _stop.Token) == 1)
            {
                head.Append((char)buffer[0]);
            }

            Interlocked.Increment(ref _requests);
            string path = head.ToString().Split(' ')[1];
            if (path == "/hang")
            {
                lock (_held)
                {
                    _held.Add(client);
                }

                return;
            }

            (int Status, string Reason, string Body) route;
            lock (_routes)
            {
                route = _routes.TryGetValue(path, out var r) ? r : (404, "Not Found", "404 page not found\n");
            }

            byte[] body = Encoding.UTF8.GetBytes(route.Body);
            string response = $"HTTP/1.1 {route.Status} {route.Reason}\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(response), _stop.Token);
            await stream.WriteAsync(body, _stop.Token);
            client.Dispose();
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
            client.Dispose();
        }
    }
}
