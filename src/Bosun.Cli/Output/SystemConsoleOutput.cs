namespace Bosun.Cli.Output;

/// <summary>The process console. Colour only on a terminal and only when <c>NO_COLOR</c> is unset.</summary>
public sealed class SystemConsoleOutput : IConsoleOutput
{
    public static readonly SystemConsoleOutput Instance = new();

    private SystemConsoleOutput()
    {
    }

    public TextWriter Out => Console.Out;

    public TextWriter Error => Console.Error;

    public bool ErrorSupportsColor =>
        !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}
