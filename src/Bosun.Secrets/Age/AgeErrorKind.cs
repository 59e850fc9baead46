namespace Bosun.Secrets.Age;

/// <summary>Which part of an age file was rejected; the classes of the C2SP CCTV testkit's <c>expect</c> field.</summary>
public enum AgeErrorKind
{
    /// <summary>The header or a recipient stanza is malformed (e.g. <c>malformed closing line</c>, a bad X25519 share).</summary>
    Header,

    /// <summary>The header MAC does not verify (<c>bad header MAC</c>).</summary>
    HeaderMac,

    /// <summary>The payload is truncated, tampered with or has trailing data.</summary>
    Payload,

    /// <summary>The ASCII armor is malformed.</summary>
    Armor,

    /// <summary>None of the identities matched any recipient stanza.</summary>
    NoMatch,

    /// <summary>A key, recipient or identity string is malformed.</summary>
    Key,

    /// <summary>Encryption was asked for something impossible (no recipients, scrypt mixed with others).</summary>
    Usage,
}
