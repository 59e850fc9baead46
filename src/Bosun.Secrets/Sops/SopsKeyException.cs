namespace Bosun.Secrets.Sops;

/// <summary>A key source or the data key could not be used. Never contains key material.</summary>
public sealed class SopsKeyException : Exception
{
    public SopsKeyException(string message, string? source = null, int line = 0)
        : base(message)
    {
        Source = source;
        Line = line;
    }

    /// <summary>The file or variable the key came from.</summary>
    public new string? Source { get; }

    /// <summary>1-based line in that file, when known.</summary>
    public int Line { get; }
}
