using System.Text;

namespace Bosun.Engine.Charts;

/// <summary>
/// Prints a render result exactly as <c>helm template</c> writes it to stdout: every manifest as
/// <c>---\n# Source: FILE\nDOC\n</c>, the whole trimmed and ended with one newline, then the hooks.
/// </summary>
public static class HelmTemplatePrinter
{
    public static string Print(ChartRenderResult result)
    {
        var manifests = new StringBuilder();
        foreach (var manifest in result.Manifests)
        {
            AppendDocument(manifests, manifest);
        }

        var output = new StringBuilder(manifests.ToString().Trim());
        output.Append('\n');
        foreach (var hook in result.Hooks)
        {
            AppendDocument(output, hook);
        }

        return output.ToString();
    }

    private static void AppendDocument(StringBuilder sb, RenderedManifest manifest) =>
        sb.Append("---\n# Source: ").Append(manifest.Source).Append('\n').Append(manifest.Content).Append('\n');
}
