namespace Bosun.Kube.Emulator.Hosting;

/// <summary>The kubeconfig that points kubectl, helm and bosun at a running emulator.</summary>
public static class Kubeconfig
{
    /// <summary>The kubeconfig text: one cluster, one user with a dummy token, one context (current).</summary>
    public static string Render(string server, string contextName = "bosun-sim", string ns = "default") =>
        $$"""
        apiVersion: v1
        kind: Config
        clusters:
        - name: {{contextName}}
          cluster:
            server: {{server}}
        users:
        - name: {{contextName}}
          user:
            token: bosun-sim
        contexts:
        - name: {{contextName}}
          context:
            cluster: {{contextName}}
            user: {{contextName}}
            namespace: {{ns}}
        current-context: {{contextName}}
        preferences: {}

        """;

    /// <summary>Writes <see cref="Render"/> to <paramref name="path"/> (creating folders), readable by the owner only on Unix.</summary>
    public static void Write(string path, string server, string contextName = "bosun-sim", string ns = "default")
    {
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full) ?? ".");
        File.WriteAllText(full, Render(server, contextName, ns));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(full, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
