using Bosun.Core.Diagnostics;
using Bosun.Core.Text;
using Bosun.Core.Values;
using Bosun.Templating;

namespace Bosun.Engine.Charts;

/// <summary>
/// Renders a loaded chart as helm's engine does: every template file parsed into one template set in
/// helm's order (deeper paths first, then reverse lexical), every non-partial file executed with the
/// top-level object, NOTES.txt executed but left out, then the output split into documents and sorted
/// into install order (<see cref="ManifestSorter"/>).
/// </summary>
public static class ChartRenderer
{
    /// <summary>The suffix helm uses to recognise notes files.</summary>
    public const string NotesSuffix = "NOTES.txt";

    /// <summary>Renders <paramref name="chart"/> with user-supplied values (already merged from -f and --set).</summary>
    public static ChartRenderResult Render(Chart chart, GoMap userValues, ReleaseOptions release, ChartRenderOptions options)
    {
        if (chart.Metadata.IsLibrary)
        {
            throw ChartErrors.LibraryChartNotInstallable.Create().ToException();
        }

        var values = ValuesCoalescer.Coalesce(chart.Values, userValues);
        var top = RenderValues.Create(chart, values, release, options.Capabilities);
        var templates = chart.Templates.ToDictionary(t => chart.Name + "/" + t.Name, t => t.Text, StringComparer.Ordinal);
        string basePath = chart.Name + "/templates";

        var diagnostics = new DiagnosticBag();
        var set = new TemplateSet(options.Template);
        var order = ParseOrder(templates.Keys);
        foreach (string name in order)
        {
            set.TryParse(new SourceFile(name, templates[name]), diagnostics);
        }

        if (diagnostics.HasErrors)
        {
            return ChartRenderResult.Failed(diagnostics);
        }

        var rendered = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string name in order)
        {
            if (BaseName(name).StartsWith('_'))
            {
                continue;
            }

            top["Template"] = RenderValues.TemplateMap(name, basePath);
            try
            {
                rendered[name] = set.Execute(name, top);
            }
            catch (BosunException ex)
            {
                diagnostics.Add(ex.Diagnostic);
                return ChartRenderResult.Failed(diagnostics);
            }
        }

        foreach (string name in rendered.Keys.Where(n => n.EndsWith(NotesSuffix, StringComparison.Ordinal)).ToList())
        {
            rendered.Remove(name);
        }

        return ManifestSorter.Sort(rendered);
    }

    /// <summary>helm's sortTemplates: more path segments first; equal depth in reverse byte order.</summary>
    public static IReadOnlyList<string> ParseOrder(IEnumerable<string> names)
    {
        var list = names.ToList();
        list.Sort((a, b) =>
        {
            int depthA = a.Count(c => c == '/');
            int depthB = b.Count(c => c == '/');
            return depthA != depthB ? depthB.CompareTo(depthA) : string.CompareOrdinal(b, a);
        });
        return list;
    }

    internal static string BaseName(string path)
    {
        int slash = path.LastIndexOf('/');
        return slash < 0 ? path : path[(slash + 1)..];
    }
}
