using Bosun.Secrets.Age;

namespace Bosun.Secrets.Sops;

/// <summary>
/// Finds age identities the way sops does: <c>SOPS_AGE_KEY</c> (keys inline), <c>SOPS_AGE_KEY_FILE</c>,
/// <c>SOPS_AGE_SSH_PRIVATE_KEY_FILE</c>, then <c>$XDG_CONFIG_HOME/sops/age/keys.txt</c> (default
/// <c>~/.config/sops/age/keys.txt</c>) and <c>~/.ssh/id_ed25519</c>, <c>~/.ssh/id_rsa</c>.
/// </summary>
public static class SopsKeySources
{
    /// <summary>All identities found; problems with explicitly named sources are errors with the source named.</summary>
    public static IReadOnlyList<IAgeIdentity> Discover(Func<string, string?> environment, string home)
    {
        var identities = new List<IAgeIdentity>();
        if (environment("SOPS_AGE_KEY") is { Length: > 0 } inline)
        {
            identities.AddRange(Parse(System.Text.Encoding.UTF8.GetBytes(inline), "SOPS_AGE_KEY"));
        }

        if (environment("SOPS_AGE_KEY_FILE") is { Length: > 0 } keyFile)
        {
            identities.AddRange(Parse(ReadFile(keyFile, "SOPS_AGE_KEY_FILE"), keyFile));
        }

        if (environment("SOPS_AGE_SSH_PRIVATE_KEY_FILE") is { Length: > 0 } sshFile)
        {
            identities.AddRange(Parse(ReadFile(sshFile, "SOPS_AGE_SSH_PRIVATE_KEY_FILE"), sshFile));
        }

        string config = environment("XDG_CONFIG_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(home, ".config");
        string defaultKeys = Path.Combine(config, "sops", "age", "keys.txt");
        if (File.Exists(defaultKeys))
        {
            identities.AddRange(Parse(File.ReadAllBytes(defaultKeys), defaultKeys));
        }

        if (environment("SOPS_AGE_SSH_PRIVATE_KEY_FILE") is not { Length: > 0 })
        {
            foreach (string name in new[] { "id_ed25519", "id_rsa" })
            {
                string path = Path.Combine(home, ".ssh", name);
                if (File.Exists(path))
                {
                    try
                    {
                        identities.AddRange(AgeIdentities.ParseFile(File.ReadAllBytes(path)));
                    }
                    catch (AgeException)
                    {
                        // sops skips default SSH keys it cannot use (e.g. passphrase-protected ones).
                    }
                }
            }
        }

        return identities;
    }

    private static byte[] ReadFile(string path, string variable)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SopsKeyException($"failed to open file named by {variable}: {path}: {e.Message}", path, 0);
        }
    }

    private static IReadOnlyList<IAgeIdentity> Parse(byte[] content, string source)
    {
        try
        {
            return AgeIdentities.ParseFile(content);
        }
        catch (AgeException e)
        {
            throw new SopsKeyException($"failed to parse age identities from {source}: {e.Message}", source, e.Line);
        }
    }
}
