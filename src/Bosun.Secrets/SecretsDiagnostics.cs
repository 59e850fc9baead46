using Bosun.Core.Diagnostics;
using Bosun.Secrets.Age;
using Bosun.Secrets.Diagnostics;
using Bosun.Secrets.Sops;

namespace Bosun.Secrets;

/// <summary>Turns the exceptions of the age and sops code into coded diagnostics (with a position where one is known).</summary>
public static class SecretsDiagnostics
{
    /// <summary>A diagnostic for a secrets failure on <paramref name="file"/>, or null for an exception that is a bug.</summary>
    public static Diagnostic? From(Exception exception, string file, string format = "") => exception switch
    {
        AgeException { Kind: AgeErrorKind.Key } e => SecretsErrors.MalformedKey.Create(e.Message),
        AgeException { Kind: AgeErrorKind.NoMatch } e => SecretsErrors.NoMatchingIdentity.Create(file, e.Message),
        AgeException { Kind: AgeErrorKind.HeaderMac or AgeErrorKind.Payload } e => SecretsErrors.AgeTampered.Create(e.Message),
        AgeException e => SecretsErrors.MalformedAgeFile.Create(e.Message),
        SopsFormatException e => SecretsErrors.MalformedSopsFile.At(e.Location, file, format, e.Message),
        SopsMacException e => SecretsErrors.MacMismatch.Create(file, e.Message),
        SopsCryptoException e => SecretsErrors.ValueDecryptFailed.Create(file, e.Message),
        SopsKeyException e => SecretsErrors.KeyUnavailable.Create(e.Message),
        _ => null,
    };

    /// <summary>Runs <paramref name="action"/>; secrets exceptions become <see cref="BosunException"/>s.</summary>
    public static T Guard<T>(string file, string format, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (From(e, file, format) is { } diagnostic)
        {
            throw diagnostic.ToException();
        }
    }
}
