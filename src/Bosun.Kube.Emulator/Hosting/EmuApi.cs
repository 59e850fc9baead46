using System.IO.Pipelines;
using System.Net;
using System.Net.Http.Headers;
using Bosun.Kube.Emulator.Http;

namespace Bosun.Kube.Emulator.Hosting;

/// <summary>
/// The emulator as an <see cref="HttpMessageHandler"/>: an <see cref="HttpClient"/> built on it talks to the
/// simulated cluster in-process, with no sockets. Watches stream through a pipe; disposing the response ends them.
/// </summary>
public sealed class EmuApi : HttpMessageHandler
{
    public EmuApi(KubeEmulator emulator)
    {
        Emulator = emulator;
    }

    public KubeEmulator Emulator { get; }

    /// <summary>The base address to give an <see cref="HttpClient"/> using this handler.</summary>
    public static Uri BaseAddress { get; } = new("http://emulator.local/");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers)
        {
            headers[header.Key] = string.Join(header.Key == "User-Agent" ? " " : ",", header.Value);
        }

        byte[] body = [];
        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers)
            {
                headers[header.Key] = string.Join(",", header.Value);
            }

            body = await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }

        var uri = request.RequestUri ?? throw new InvalidOperationException("request without URI");
        if (!uri.IsAbsoluteUri)
        {
            uri = new Uri(BaseAddress, uri);
        }

        var emuRequest = new EmuRequest(request.Method.Method, Uri.UnescapeDataString(uri.AbsolutePath), uri.Query, headers, body);
        var response = await Emulator.HandleAsync(emuRequest, cancellationToken).ConfigureAwait(false);
        var message = new HttpResponseMessage((HttpStatusCode)response.StatusCode) { RequestMessage = request };
        HttpContent content;
        if (response.Stream is { } writer)
        {
            var pipe = new Pipe();
            var stop = new CancellationTokenSource();
            _ = Task.Run(async () =>
            {
                var stream = pipe.Writer.AsStream();
                try
                {
                    await writer(stream, stop.Token).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is IOException or InvalidOperationException or OperationCanceledException)
                {
                }
                finally
                {
                    await pipe.Writer.CompleteAsync().ConfigureAwait(false);
                }
            }, CancellationToken.None);
            content = new StreamContent(new CancelOnDisposeStream(pipe.Reader.AsStream(), stop));
        }
        else
        {
            content = new ByteArrayContent(response.Body);
        }

        content.Headers.ContentType = MediaTypeHeaderValue.Parse(response.ContentType);
        message.Content = content;
        foreach (var (key, value) in response.Headers)
        {
            message.Headers.TryAddWithoutValidation(key, value);
        }

        return message;
    }

    /// <summary>Ends the watch writer when the reader side is disposed.</summary>
    private sealed class CancelOnDisposeStream(Stream inner, CancellationTokenSource stop) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(buffer, cancellationToken);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int _disposed;

        protected override void Dispose(bool disposing)
        {
            if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                stop.Cancel();
                stop.Dispose();
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
