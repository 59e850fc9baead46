namespace Bosun.Secrets.Sops;

/// <summary>The file's MAC does not match its values: it was changed without sops, or tampered with.</summary>
public sealed class SopsMacException : Exception
{
    public SopsMacException(string message)
        : base(message)
    {
    }
}
