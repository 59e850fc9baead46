using System.Text;

namespace Bosun.Core.Secrets;

/// <summary>
/// Masks known secret plaintexts in text bound for people (logs, diagnostics, diffs): every occurrence of a
/// registered secret becomes <c>***</c>. Longer secrets are replaced first. Thread-safe.
/// </summary>
public sealed class Redactor
{
    private readonly object _gate = new();
    private string[] _secrets = [];

    /// <summary>Secrets shorter than this are not masked (masking "1" or "no" everywhere would garble output).</summary>
    public int MinimumLength { get; init; } = 3;

    /// <summary>Registers a secret to mask from now on.</summary>
    public void Add(SecretValue secret) => Add(secret.Reveal());

    /// <summary>Registers a plaintext to mask from now on.</summary>
    public void Add(string plaintext)
    {
        if (plaintext.Length < MinimumLength)
        {
            return;
        }

        lock (_gate)
        {
            if (Array.IndexOf(_secrets, plaintext) >= 0)
            {
                return;
            }

            _secrets = [.. _secrets.Append(plaintext).OrderByDescending(s => s.Length)];
        }
    }

    /// <summary>The text with every registered secret replaced by <c>***</c>.</summary>
    public string Redact(string text)
    {
        string[] secrets = _secrets;
        if (secrets.Length == 0 || text.Length == 0)
        {
            return text;
        }

        StringBuilder? sb = null;
        foreach (string secret in secrets)
        {
            string current = sb?.ToString() ?? text;
            if (current.Contains(secret, StringComparison.Ordinal))
            {
                sb = new StringBuilder(current.Replace(secret, SecretValue.Mask, StringComparison.Ordinal));
            }
        }

        return sb?.ToString() ?? text;
    }
}
