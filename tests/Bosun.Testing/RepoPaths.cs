using System.Runtime.CompilerServices;

namespace Bosun.Testing;

/// <summary>
/// Paths in the source tree. Builds may put binaries anywhere (BOSUN_ARTIFACTS), so the repository root
/// is found from this source file's compile-time path, not from the test binary's location.
/// </summary>
public static class RepoPaths
{
    /// <summary>The repository root (the folder holding Bosun.slnx).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path under the repository root, from slash-separated parts.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The bundled example chart.</summary>
    public static string ExampleChart => Combine("examples", "charts", "hello");

    private static string FindRoot([CallerFilePath] string thisFile = "")
    {
        var dir = Path.GetDirectoryName(thisFile);
        while (dir is not null)
        {
            if (File.Exists(Path.Combine(dir, "Bosun.slnx")))
            {
                return dir;
            }

            dir = Path.GetDirectoryName(dir);
        }

        throw new InvalidOperationException("cannot find the repository root (Bosun.slnx) above " + thisFile);
    }
}
