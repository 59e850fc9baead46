using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;

namespace Bosun.Core.Secrets;

/// <summary>
/// A decrypted secret held in memory. It never shows its content: <see cref="ToString"/>, the debugger, JSON
/// serialization and string interpolation all give <c>***</c>. Code that needs the plaintext asks for it
/// explicitly with <see cref="Reveal"/> or <see cref="RevealBytes"/>, which makes every use greppable.
/// </summary>
[DebuggerDisplay("***")]
[JsonConverter(typeof(SecretValueJsonConverter))]
public sealed class SecretValue : IEquatable<SecretValue>
{
    /// <summary>What every rendering of a secret prints.</summary>
    public const string Mask = "***";

    private readonly byte[] _bytes;

    private SecretValue(byte[] bytes)
    {
        _bytes = bytes;
    }

    /// <summary>A secret from text (kept as UTF-8).</summary>
    public static SecretValue FromString(string plaintext) => new(Encoding.UTF8.GetBytes(plaintext));

    /// <summary>A secret from raw bytes (copied).</summary>
    public static SecretValue FromBytes(ReadOnlySpan<byte> plaintext) => new(plaintext.ToArray());

    /// <summary>Length of the plaintext in bytes.</summary>
    public int Length => _bytes.Length;

    /// <summary>The plaintext as text. Call only where the value must leave memory (rendering a Secret, writing a decrypted file).</summary>
    public string Reveal() => Encoding.UTF8.GetString(_bytes);

    /// <summary>A copy of the plaintext bytes.</summary>
    public byte[] RevealBytes() => (byte[])_bytes.Clone();

    /// <summary>Constant-time comparison of two secrets.</summary>
    public bool Equals(SecretValue? other) =>
        other is not null && CryptographicOperations.FixedTimeEquals(_bytes, other._bytes);

    public override bool Equals(object? obj) => obj is SecretValue other && Equals(other);

    public override int GetHashCode() => _bytes.Length;

    /// <summary>Always <c>***</c>.</summary>
    public override string ToString() => Mask;
}
