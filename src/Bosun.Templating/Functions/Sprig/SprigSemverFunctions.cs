namespace Bosun.Templating.Functions.Sprig;

/// <summary>Sprig semver: semver, semverCompare (Masterminds semver v3).</summary>
internal static class SprigSemverFunctions
{
    public static void Register(FunctionTable.Builder table)
    {
        _ = table;
    }
}
