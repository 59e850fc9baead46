using System.Runtime.CompilerServices;

namespace Bosun.Benchmarks;

/// <summary>Finds the corpora in the source tree (benchmarks run from a generated project elsewhere).</summary>
internal static class BenchPaths
{
    public static string Root { get; } = FindRoot();

    public static string ExampleChart => Path.Combine(Root, "examples", "charts", "hello");

    public static string Corpus(string name) => Path.Combine(Root, "bench", "Bosun.Benchmarks", "Corpus", name);

    private static string FindRoot([CallerFilePath] string thisFile = "")
    {
        for (var dir = Path.GetDirectoryName(thisFile); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "Bosun.slnx")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException("repository root not found above " + thisFile);
    }
}
