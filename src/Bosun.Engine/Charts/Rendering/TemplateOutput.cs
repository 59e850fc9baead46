using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace Bosun.Engine.Charts.Rendering;

/// <summary>
/// helm template's output: renderResources' manifest buffer (CRDs, then manifests), trimmed and ended with a
/// newline, then the hooks (unless --no-hooks; tests unless --skip-tests), filtered by --show-only; with
/// --output-dir each document is written (appended when a file gets several) and a <c>wrote FILE</c> line
/// printed instead.
/// </summary>
internal sealed partial class TemplateOutput(HelmTemplateRequest request, string releaseName)
{
    private readonly StringBuilder _stdout = new();
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);

    /// <summary>The files written, as the <c>wrote</c> lines name them.</summary>
    public List<string> Written { get; } = [];

    public string Print(ChartRenderResult render, ImmutableArray<RenderedManifest> crds)
    {
        var manifests = new StringBuilder();
        string? outputDir = string.IsNullOrEmpty(request.OutputDir) ? null : request.OutputDir;
        string? manifestDir = outputDir is null ? null
            : request.UseReleaseName ? GoPath.Join(outputDir, releaseName) : outputDir;
        foreach (var crd in crds)
        {
            if (outputDir is null)
            {
                AppendDocument(manifests, crd.Source, crd.Content);
            }
            else
            {
                WriteToFile(outputDir, crd.Source, crd.Content, _written.Contains(crd.Source));
                _written.Add(crd.Source);
            }
        }

        foreach (var manifest in render.Manifests)
        {
            if (manifestDir is null)
            {
                AppendDocument(manifests, manifest.Source, manifest.Content);
            }
            else
            {
                WriteToFile(manifestDir, manifest.Source, manifest.Content, _written.Contains(manifest.Source));
                _written.Add(manifest.Source);
            }
        }

        var all = new StringBuilder(manifests.ToString().Trim(GoWhitespace)).Append('\n');
        if (!request.NoHooks)
        {
            var hooksWritten = new HashSet<string>(StringComparer.Ordinal);
            foreach (var hook in render.Hooks)
            {
                if (request.SkipTests && hook.HookEvents.Contains("test"))
                {
                    continue;
                }

                if (manifestDir is null)
                {
                    AppendDocument(all, hook.Source, hook.Content);
                }
                else
                {
                    string target = request.ResolvePath(manifestDir + "/" + hook.Source);
                    if (File.Exists(target))
                    {
                        hooksWritten.Add(hook.Source);
                    }

                    WriteToFile(manifestDir, hook.Source, hook.Content, hooksWritten.Contains(hook.Source));
                }
            }
        }

        if (request.ShowOnly.Length > 0)
        {
            AppendShowOnly(all.ToString());
        }
        else
        {
            _stdout.Append(all);
        }

        return _stdout.ToString();
    }

    /// <summary>The whitespace Go's strings.TrimSpace removes (ASCII and Unicode White_Space).</summary>
    private static readonly char[] GoWhitespace =
        ['\t', '\n', '\v', '\f', '\r', ' ', '\u0085', '\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003',
         '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200A', '\u2028', '\u2029', '\u202F',
         '\u205F', '\u3000'];

    private static void AppendDocument(StringBuilder sb, string source, string content) =>
        sb.Append("---\n# Source: ").Append(source).Append('\n').Append(content).Append('\n');

    private void AppendShowOnly(string output)
    {
        var documents = ManifestSplitter.Split(output);
        var selected = new List<string>();
        foreach (string raw in request.ShowOnly)
        {
            string pattern = raw.Replace('\\', '/');
            bool missing = true;
            foreach (string document in documents)
            {
                var match = SourceLine().Match(document);
                if (!match.Success || !GoPathMatch.IsMatch(pattern, match.Groups[1].Value))
                {
                    continue;
                }

                selected.Add(document);
                missing = false;
            }

            if (missing)
            {
                throw ChartErrors.ShowOnlyNotFound.Create(pattern).ToException();
            }
        }

        foreach (string document in selected)
        {
            _stdout.Append("---\n").Append(document).Append('\n');
        }
    }

    /// <summary>helm's writeToFile: creates directories, truncates or appends, prints "wrote FILE".</summary>
    private void WriteToFile(string outputDir, string name, string data, bool append)
    {
        string display = outputDir + "/" + name;
        string path = request.ResolvePath(display);
        try
        {
            string? directory = Path.GetDirectoryName(path);
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            string text = "---\n# Source: " + name + "\n" + data + "\n";
            if (append)
            {
                File.AppendAllText(path, text, s_utf8);
            }
            else
            {
                File.WriteAllText(path, text, s_utf8);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw ChartErrors.OutputDirWriteFailed.Create(ex.Message).ToException();
        }

        _stdout.Append("wrote ").Append(display).Append('\n');
        Written.Add(display);
    }

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>template.go's manifestNameRegex.</summary>
    [GeneratedRegex("# Source: [^/]+/(.+)", RegexOptions.CultureInvariant)]
    private static partial Regex SourceLine();
}
