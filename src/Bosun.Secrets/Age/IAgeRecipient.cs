namespace Bosun.Secrets.Age;

/// <summary>Something an age file can be encrypted to: wraps the file key into stanzas.</summary>
public interface IAgeRecipient
{
    /// <summary>Wraps the 16-byte file key.</summary>
    IReadOnlyList<AgeStanza> Wrap(byte[] fileKey);

    /// <summary>True for a passphrase recipient, which must be the only one in a file.</summary>
    bool MustBeAlone => false;
}
