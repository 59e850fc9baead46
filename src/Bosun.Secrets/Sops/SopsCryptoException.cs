namespace Bosun.Secrets.Sops;

/// <summary>A value, MAC or data key could not be decrypted. The message never contains plaintext.</summary>
public sealed class SopsCryptoException : Exception
{
    public SopsCryptoException(string message)
        : base(message)
    {
    }
}
