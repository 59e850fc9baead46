using Bosun.Testing;

namespace Bosun.Secrets.Tests;

/// <summary>
/// The interop vectors in the workspace's <c>shared/vectors</c> folder (next to the repository clone, or
/// above it), or <c>$BOSUN_SHARED_DIR/vectors</c>.
/// </summary>
internal static class SharedVectors
{
    public static string Root { get; } = Find();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("BOSUN_SHARED_DIR") is { Length: > 0 } env && Directory.Exists(System.IO.Path.Combine(env, "vectors")))
        {
            return System.IO.Path.Combine(env, "vectors");
        }

        for (var dir = new DirectoryInfo(RepoPaths.Root); dir is not null; dir = dir.Parent)
        {
            string candidate = System.IO.Path.Combine(dir.FullName, "shared", "vectors");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("shared/vectors not found beside or above " + RepoPaths.Root + " (set BOSUN_SHARED_DIR)");
    }
}
