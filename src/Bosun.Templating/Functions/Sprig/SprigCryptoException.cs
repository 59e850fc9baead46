namespace Bosun.Templating.Functions.Sprig;

/// <summary>An error inside sprig's crypto helpers carrying the Go error text; the function wraps it as sprig does.</summary>
internal sealed class SprigCryptoException : Exception
{
    public SprigCryptoException(string message)
        : base(message)
    {
    }

    public SprigCryptoException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
