namespace Bosun.Core.Versioning;

/// <summary>A semantic version or constraint that Masterminds semver rejects; the message is its error text.</summary>
public sealed class SemverException : Exception
{
    public SemverException(string message)
        : base(message)
    {
    }

    public SemverException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SemverException()
    {
    }
}
