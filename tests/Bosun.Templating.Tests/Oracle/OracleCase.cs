using Bosun.Core.Values;

namespace Bosun.Templating.Tests.Oracle;

/// <summary>
/// One case of the oracle corpus (see Cases/README.md): the template, its chart inputs and helm's
/// recorded output or error for each helm major version.
/// </summary>
internal sealed class OracleCase
{
    private OracleCase(string name, string directory)
    {
        Name = name;
        Directory = directory;
    }

    /// <summary><c>group/case</c>.</summary>
    public string Name { get; }

    public string Directory { get; }

    public string Template { get; private init; } = string.Empty;

    public string? ValuesYaml { get; private init; }

    /// <summary>Partials (<c>_*.tpl</c> files), each parsed as <c>c/templates/NAME</c>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Partials { get; private init; } = [];

    /// <summary>Chart files under <c>files/</c>, keyed by chart-relative path (<c>files/a.txt</c>).</summary>
    public IReadOnlyList<KeyValuePair<string, byte[]>> Files { get; private init; } = [];

    public OracleCaseOptions Options { get; private init; } = OracleCaseOptions.Parse(string.Empty, string.Empty);

    public static OracleCase Load(string casesRoot, string directory)
    {
        string name = Path.GetRelativePath(casesRoot, directory).Replace('\\', '/');
        string optionsFile = Path.Combine(directory, "case.yaml");
        string valuesFile = Path.Combine(directory, "values.yaml");
        string filesDirectory = Path.Combine(directory, "files");
        return new OracleCase(name, directory)
        {
            Template = ReadText(Path.Combine(directory, "template.tpl")),
            ValuesYaml = File.Exists(valuesFile) ? ReadText(valuesFile) : null,
            Options = File.Exists(optionsFile)
                ? OracleCaseOptions.Parse(ReadText(optionsFile), $"{name}/case.yaml")
                : OracleCaseOptions.Parse(string.Empty, name),
            Partials =
            [
                .. System.IO.Directory.EnumerateFiles(directory, "_*")
                    .Select(p => new KeyValuePair<string, string>(Path.GetFileName(p), ReadText(p)))
                    .OrderBy(p => p.Key, StringComparer.Ordinal),
            ],
            Files = System.IO.Directory.Exists(filesDirectory)
                ?
                [
                    .. System.IO.Directory.EnumerateFiles(filesDirectory, "*", SearchOption.AllDirectories)
                        .Select(p => new KeyValuePair<string, byte[]>(
                            Path.GetRelativePath(directory, p).Replace('\\', '/'), File.ReadAllBytes(p)))
                        .OrderBy(p => p.Key, StringComparer.Ordinal),
                ]
                : [],
        };
    }

    /// <summary>helm's recorded result for a major version, or null when the case has none.</summary>
    public OracleOutcome? Expected(int helmMajor)
    {
        foreach (string file in (string[])[$"expected.v{helmMajor}.txt", $"error.v{helmMajor}.txt", "expected.txt", "error.txt"])
        {
            string path = Path.Combine(Directory, file);
            if (File.Exists(path))
            {
                return new OracleOutcome(file.StartsWith("error", StringComparison.Ordinal), ReadText(path), file);
            }
        }

        return null;
    }

    public string Mask(string text)
    {
        foreach (var mask in Options.Masks)
        {
            text = mask.Replace(text, "<MASK>");
        }

        return text;
    }

    public override string ToString() => Name;

    // Go's bytes as a Go string: invalid UTF-8 in helm's output stays as GoString escapes.
    private static string ReadText(string path) => GoString.FromUtf8(File.ReadAllBytes(path));
}
