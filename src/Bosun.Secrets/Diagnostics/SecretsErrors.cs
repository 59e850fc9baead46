using Bosun.Core.Diagnostics;

namespace Bosun.Secrets.Diagnostics;

/// <summary>Catalog of secrets problems (BOSUN4xxx): age, sops, keys. Messages never contain plaintext or key material.</summary>
public static class SecretsErrors
{
    /// <summary>An age key, recipient or identity file is malformed.</summary>
    public static readonly DiagnosticDescriptor MalformedKey =
        new(4001, Severity.Error, "malformed age key: {0}");

    /// <summary>An age file's header or armor is malformed.</summary>
    public static readonly DiagnosticDescriptor MalformedAgeFile =
        new(4002, Severity.Error, "malformed age file: {0}");

    /// <summary>None of the identities can open the file (or its data key).</summary>
    public static readonly DiagnosticDescriptor NoMatchingIdentity =
        new(4003, Severity.Error, "no identity can decrypt {0}: {1}");

    /// <summary>The age header MAC or payload failed authentication.</summary>
    public static readonly DiagnosticDescriptor AgeTampered =
        new(4004, Severity.Error, "age file failed authentication: {0}");

    /// <summary>A file could not be parsed in the given format, or its sops metadata is malformed.</summary>
    public static readonly DiagnosticDescriptor MalformedSopsFile =
        new(4005, Severity.Error, "cannot read {0} as sops {1}: {2}");

    /// <summary>The sops MAC does not match the values.</summary>
    public static readonly DiagnosticDescriptor MacMismatch =
        new(4006, Severity.Error, "{0}: {1}");

    /// <summary>A value could not be decrypted with the data key.</summary>
    public static readonly DiagnosticDescriptor ValueDecryptFailed =
        new(4007, Severity.Error, "cannot decrypt {0}: {1}");

    /// <summary>No usable age key, or a key source cannot be read.</summary>
    public static readonly DiagnosticDescriptor KeyUnavailable =
        new(4008, Severity.Error, "{0}");

    /// <summary>A <c>.sops.yaml</c> file is malformed or has no matching creation rule.</summary>
    public static readonly DiagnosticDescriptor ConfigError =
        new(4009, Severity.Error, "{0}");

    /// <summary>The editor failed, or the edited file is not valid.</summary>
    public static readonly DiagnosticDescriptor EditFailed =
        new(4010, Severity.Error, "edit failed: {0}");

    /// <summary>The input format cannot be used for the operation (e.g. nested values in dotenv).</summary>
    public static readonly DiagnosticDescriptor UnsupportedInput =
        new(4011, Severity.Error, "{0}");
}
