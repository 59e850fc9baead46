using System.Text;

namespace Bosun.Cli.Output;

/// <summary>
/// The process console. Colour only on a terminal and only when <c>NO_COLOR</c> is unset. Standard output and error
/// are UTF-8 writers over the raw streams, created on first use and flushed on every write like
/// <see cref="Console.Out"/>: manifests are bytes (as helm writes them) whatever the locale's charset, and a cold
/// start does not pay for the console's encoding and terminal set-up.
/// </summary>
public sealed class SystemConsoleOutput : IConsoleOutput
{
    public static readonly SystemConsoleOutput Instance = new();

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private TextWriter? _out;
    private TextWriter? _error;

    private SystemConsoleOutput()
    {
    }

    public TextWriter Out => _out ??= Create(Console.OpenStandardOutput());

    public TextWriter Error => _error ??= Create(Console.OpenStandardError());

    public bool ErrorSupportsColor =>
        !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    private static TextWriter Create(Stream stream) =>
        TextWriter.Synchronized(new StreamWriter(stream, s_utf8, bufferSize: 64 * 1024) { AutoFlush = true });
}
