namespace Bosun.Secrets.Age;

/// <summary>Something that can unwrap an age file key from recipient stanzas.</summary>
public interface IAgeIdentity
{
    /// <summary>
    /// The file key, or null when no stanza is for this identity. Throws <see cref="AgeException"/>
    /// (<see cref="AgeErrorKind.Header"/>) when a stanza for this identity is malformed.
    /// </summary>
    byte[]? Unwrap(IReadOnlyList<AgeStanza> stanzas);

    /// <summary>Native identities (X25519, scrypt) are tried before SSH ones, as age does.</summary>
    bool IsNative => false;
}
