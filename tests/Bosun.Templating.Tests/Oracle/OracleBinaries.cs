namespace Bosun.Templating.Tests.Oracle;

/// <summary>Where scripts/install-oracles.sh puts helm3/helm4, and whether the update script can run here.</summary>
internal static class OracleBinaries
{
    public static string Directory =>
        Path.Combine(
            Environment.GetEnvironmentVariable("BOSUN_ORACLE_DIR") is { Length: > 0 } dir
                ? dir
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "bosun", "oracles"),
            "bin");

    /// <summary>Null when the real helm can be run; otherwise why not.</summary>
    public static string? MissingReason
    {
        get
        {
            foreach (string tool in (string[])["helm4", "helm3"])
            {
                if (!File.Exists(Path.Combine(Directory, tool)))
                {
                    return $"oracle {tool} not installed in {Directory}: run scripts/install-oracles.sh";
                }
            }

            if (FindOnPath("python3") is null)
            {
                return "python3 not found on PATH: scripts/update-oracle-cases.sh needs it";
            }

            return OperatingSystem.IsWindows() ? "the oracle binaries are linux executables" : null;
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(p => Path.Combine(p, name))
            .FirstOrDefault(File.Exists);
}
