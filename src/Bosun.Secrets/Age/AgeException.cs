namespace Bosun.Secrets.Age;

/// <summary>
/// An age operation failed. <see cref="Exception.Message"/> is age's own wording (e.g. <c>bad header MAC</c>);
/// it never contains key material or plaintext.
/// </summary>
public sealed class AgeException : Exception
{
    public AgeException(AgeErrorKind kind, string message)
        : base(message)
    {
        Kind = kind;
    }

    public AgeException(AgeErrorKind kind, string message, Exception inner)
        : base(message, inner)
    {
        Kind = kind;
    }

    /// <summary>The class of failure.</summary>
    public AgeErrorKind Kind { get; }

    /// <summary>1-based line of a key file where the problem is, when there is one.</summary>
    public int Line { get; init; }
}
