using System.Runtime.CompilerServices;

namespace Bosun.Templating.Tests.Oracle;

/// <summary>Finds the Cases directory and discovers every case folder (<c>Cases/group/case/template.tpl</c>).</summary>
internal static class OracleCorpus
{
    private const string CasesRelative = "tests/Bosun.Templating.Tests/Cases";

    private static readonly Lazy<string> s_root = new(Locate);
    private static readonly Lazy<IReadOnlyList<OracleCase>> s_cases = new(Discover);

    public static string Root => s_root.Value;

    /// <summary>The repository root (three levels above Cases).</summary>
    public static string RepositoryRoot => Path.GetFullPath(Path.Combine(Root, "..", "..", ".."));

    public static IReadOnlyList<OracleCase> Cases => s_cases.Value;

    public static OracleCase Get(string name) =>
        Cases.FirstOrDefault(c => c.Name == name) ?? throw new ArgumentException($"no oracle case {name}", nameof(name));

    /// <summary>(case name, helm major) for every case and each helm version it applies to.</summary>
    public static TheoryData<string, int> CaseVersions()
    {
        var data = new TheoryData<string, int>();
        foreach (var oracleCase in Cases)
        {
            foreach (int major in oracleCase.Options.Helm)
            {
                data.Add(oracleCase.Name, major);
            }
        }

        return data;
    }

    private static IReadOnlyList<OracleCase> Discover() =>
    [
        .. Directory.EnumerateDirectories(Root)
            .SelectMany(Directory.EnumerateDirectories)
            .Where(d => File.Exists(Path.Combine(d, "template.tpl")))
            .Select(d => OracleCase.Load(Root, d))
            .OrderBy(c => c.Name, StringComparer.Ordinal),
    ];

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("BOSUN_ORACLE_CASES") is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        string fromSource = Path.GetFullPath(Path.Combine(SourceDirectory(), "..", "Cases"));
        if (Directory.Exists(fromSource))
        {
            return fromSource;
        }

        foreach (string start in (string[])[AppContext.BaseDirectory, Directory.GetCurrentDirectory()])
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, CasesRelative);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"cannot find {CasesRelative}; set BOSUN_ORACLE_CASES to the Cases directory");
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? string.Empty;
}
