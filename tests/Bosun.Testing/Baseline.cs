using Xunit.Sdk;

namespace Bosun.Testing;

/// <summary>
/// Golden files: compares actual text with a file in the source tree; a mismatch fails with a unified diff
/// and the command that accepts the new output. With <c>BOSUN_UPDATE_BASELINES=1</c> the file is rewritten.
/// </summary>
public static class Baseline
{
    /// <summary>The environment variable that turns comparison into rewriting.</summary>
    public const string UpdateVariable = "BOSUN_UPDATE_BASELINES";

    public static bool IsUpdating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>Asserts that <paramref name="path"/> holds exactly <paramref name="actual"/> (or rewrites it).</summary>
    public static void AssertMatches(string path, string actual)
    {
        if (IsUpdating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path) ?? ".");
            File.WriteAllText(path, actual);
            return;
        }

        string expected = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        if (!File.Exists(path) || expected != actual)
        {
            string relative = Path.GetRelativePath(RepoPaths.Root, path);
            string diff = UnifiedDiff.Create(expected, actual, relative + " (expected)", "actual");
            throw new XunitException(
                (File.Exists(path) ? "golden file mismatch: " : "golden file missing: ") + relative + "\n" + diff +
                "\nto accept the new output: " + UpdateVariable + "=1 dotnet test <project> --filter <test>\n");
        }
    }
}
