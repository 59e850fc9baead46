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
        // One buffer of the final size: manifests, trimmed in place, a newline, then the hooks (the output of a
        // big chart is megabytes; copying it through intermediate strings was a tenth of a render's allocations).
        int capacity = 1;
        foreach (var manifest in result.Manifests)
        {
            capacity += DocumentLength(manifest);
        }

        foreach (var hook in result.Hooks)
        {
            capacity += DocumentLength(hook);
        }

        var output = new StringBuilder(capacity);
        foreach (var manifest in result.Manifests)
        {
            AppendDocument(output, manifest);
        }

        int end = output.Length;
        while (end > 0 && char.IsWhiteSpace(output[end - 1]))
        {
            end--;
        }

        int start = 0;
        while (start < end && char.IsWhiteSpace(output[start]))
        {
            start++;
        }

        output.Length = end;
        output.Remove(0, start);
        output.Append('\n');
        foreach (var hook in result.Hooks)
        {
            AppendDocument(output, hook);
        }

        return output.ToString();
    }

    private static int DocumentLength(RenderedManifest manifest) => 16 + manifest.Source.Length + manifest.Content.Length;

    private static void AppendDocument(StringBuilder sb, RenderedManifest manifest) =>
        sb.Append("---\n# Source: ").Append(manifest.Source).Append('\n').Append(manifest.Content).Append('\n');
}
