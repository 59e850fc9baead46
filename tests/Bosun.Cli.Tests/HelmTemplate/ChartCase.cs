using Bosun.Testing;

namespace Bosun.Cli.Tests.HelmTemplate;

/// <summary>
/// One case of the helm-template chart corpus (tests/charts/&lt;case&gt;/, format in tests/charts/README.md):
/// the command line after <c>template</c>, run with the case folder as working directory, and what the real
/// helm v4 and v3 printed for it.
/// </summary>
internal sealed class ChartCase
{
    /// <summary>Written by scripts/update-chart-cases.sh in place of the absolute case folder.</summary>
    public const string CaseToken = "$CASE";

    /// <summary>In <c>args</c>, stands for a fresh empty folder (for <c>--output-dir</c>).</summary>
    public const string OutToken = "$OUT";

    private const string DefaultReleaseName = "demo";

    private ChartCase(string name, string directory, IReadOnlyList<string> arguments)
    {
        Name = name;
        Directory = directory;
        Arguments = arguments;
    }

    /// <summary>The corpus folder.</summary>
    public static string Root { get; } = RepoPaths.Combine("tests", "charts");

    /// <summary>The case's folder name.</summary>
    public string Name { get; }

    /// <summary>The case folder (the working directory of every run).</summary>
    public string Directory { get; }

    /// <summary>The arguments after <c>template</c>: [NAME] CHART then the case's <c>args</c> lines.</summary>
    public IReadOnlyList<string> Arguments { get; }

    /// <summary>Whether the arguments name an output folder (<see cref="OutToken"/>) whose files are compared too.</summary>
    public bool UsesOutputFolder => Arguments.Any(a => a.Contains(OutToken, StringComparison.Ordinal));

    /// <summary>The names of every case, in ordinal order (folders starting with <c>_</c> are not cases).</summary>
    public static IEnumerable<string> Names() =>
        System.IO.Directory.GetDirectories(Root)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => !n.StartsWith('_'))
            .Order(StringComparer.Ordinal);

    /// <summary>Reads a case folder.</summary>
    public static ChartCase Load(string name)
    {
        string dir = Path.Combine(Root, name);
        var args = new List<string>();
        string releaseFile = Path.Combine(dir, "release");
        if (File.Exists(releaseFile))
        {
            string release = FirstLine(releaseFile);
            if (release.Length > 0)
            {
                args.Add(release);
            }
        }
        else
        {
            args.Add(DefaultReleaseName);
        }

        args.Add(ChartArgument(dir));
        string argsFile = Path.Combine(dir, "args");
        if (File.Exists(argsFile))
        {
            args.AddRange(File.ReadAllLines(argsFile));
        }

        return new ChartCase(name, dir, args);
    }

    /// <summary>What helm <paramref name="major"/> (4 or 3) printed, from the committed files.</summary>
    public HelmResult Expected(int major)
    {
        string prefix = Path.Combine(Directory, "helm" + major);
        string exitFile = prefix + ".exit";
        int exit = File.Exists(exitFile) ? int.Parse(File.ReadAllText(exitFile).Trim(), System.Globalization.CultureInfo.InvariantCulture) : 0;
        return new HelmResult(ReadOrEmpty(prefix + ".out"), ReadOrEmpty(prefix + ".err"), exit, ReadOrEmpty(prefix + ".files"));
    }

    /// <summary>The arguments with <see cref="OutToken"/> replaced by <paramref name="outputFolder"/>.</summary>
    public IReadOnlyList<string> ArgumentsWith(string outputFolder) =>
        [.. Arguments.Select(a => a.Replace(OutToken, outputFolder, StringComparison.Ordinal))];

    /// <summary>
    /// As the update script writes helm's output: the output folder as <see cref="OutToken"/>, the absolute
    /// case folder as <see cref="CaseToken"/>.
    /// </summary>
    public string Normalize(string text, string? outputFolder = null) =>
        (outputFolder is null ? text : text.Replace(outputFolder, OutToken, StringComparison.Ordinal))
            .Replace(Directory, CaseToken, StringComparison.Ordinal);

    /// <summary>
    /// The files under <paramref name="folder"/> in the update script's <c>.files</c> format: for each file, in
    /// ordinal order of its slash-separated relative path, <c>==&gt; PATH &lt;==</c> and a line break, then its content.
    /// </summary>
    public static string DumpFiles(string folder)
    {
        var text = new System.Text.StringBuilder();
        var paths = System.IO.Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(folder, p).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            text.Append("==> ").Append(path).Append(" <==\n").Append(File.ReadAllText(Path.Combine(folder, path)));
        }

        return text.ToString();
    }

    public override string ToString() => Name;

    private static string ChartArgument(string dir)
    {
        if (System.IO.Directory.Exists(Path.Combine(dir, "chart")))
        {
            return "chart";
        }

        if (File.Exists(Path.Combine(dir, "chart.tgz")))
        {
            return "chart.tgz";
        }

        string reference = Path.Combine(dir, "chart.ref");
        return File.Exists(reference)
            ? FirstLine(reference)
            : throw new InvalidOperationException("chart case " + dir + " has no chart/, chart.tgz or chart.ref");
    }

    private static string FirstLine(string path) => File.ReadLines(path).FirstOrDefault() ?? string.Empty;

    private static string ReadOrEmpty(string path) => File.Exists(path) ? File.ReadAllText(path) : string.Empty;
}
