using Bosun.Core.Diagnostics;
using Bosun.Core.Text;
using Bosun.Core.Values;
using Bosun.Engine.Charts.Rendering;
using Bosun.Templating;
using Bosun.Templating.HelmCompat;

namespace Bosun.Engine.Charts;

/// <summary>
/// Renders a chart tree as helm's engine does (<c>engine.Render</c>): the templates of the chart and of
/// every subchart parsed into one template set (named <c>parent/charts/sub/templates/x.yaml</c>) in
/// helm's order (deeper paths first, then reverse lexical), each non-partial file executed with its own
/// chart's scope (<c>.Values</c> scoped to the subchart, <c>.Chart</c>, <c>.Files</c>, <c>.Subcharts</c>,
/// <c>.Template</c>); library charts contribute their partials only. Template errors keep their code and
/// location and carry helm's text (<c>parse error at (...)</c>, <c>execution error at (...)</c>, helm v4's trace). <see cref="Render"/> then drops
/// NOTES.txt and sorts the documents into install order (<see cref="ManifestSorter"/>).
/// </summary>
public static class ChartRenderer
{
    /// <summary>The suffix helm uses to recognise notes files.</summary>
    public const string NotesSuffix = "NOTES.txt";

    /// <summary>
    /// Renders <paramref name="chart"/> with user-supplied values (already merged from -f and --set): the values
    /// are coalesced over the chart tree, then rendered and sorted.
    /// </summary>
    public static ChartRenderResult Render(Chart chart, GoMap userValues, ReleaseOptions release, ChartRenderOptions options)
    {
        if (chart.Metadata.IsLibrary)
        {
            throw ChartErrors.LibraryChartNotInstallable.Create().ToException();
        }

        var values = ValuesCoalescer.Coalesce(chart, userValues);
        return RenderCoalesced(chart, values, release, options);
    }

    /// <summary>Renders with already coalesced values, drops every NOTES.txt and sorts manifests and hooks.</summary>
    public static ChartRenderResult RenderCoalesced(Chart chart, GoMap values, ReleaseOptions release, ChartRenderOptions options)
    {
        var rendered = RenderTemplates(chart, values, release, options);
        if (rendered.HasErrors)
        {
            return ChartRenderResult.Failed(rendered.Diagnostics);
        }

        var files = rendered.Files.Where(f => !f.Key.EndsWith(NotesSuffix, StringComparison.Ordinal))
            .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        return ManifestSorter.Sort(files, options.HelmMajor);
    }

    /// <summary>helm's <c>engine.Render</c> over the whole chart tree, NOTES.txt included.</summary>
    public static RenderedTemplates RenderTemplates(Chart chart, GoMap values, ReleaseOptions release, ChartRenderOptions options)
    {
        int major = options.HelmMajor;
        var top = new GoMap(RenderValues.ValuesType(major));
        top["Capabilities"] = options.Capabilities.ToGoObject();
        top["Chart"] = RenderValues.ChartValue(chart.Metadata, isRoot: true, major);
        top["Release"] = RenderValues.ReleaseMap(release);
        top["Values"] = values.Type.Equals(RenderValues.ValuesType(major)) ? values : new GoMap(RenderValues.ValuesType(major), values.Entries);

        var templates = new Dictionary<string, Renderable>(StringComparer.Ordinal);
        CollectTemplates(chart, parentPath: null, top, templates, major);

        var diagnostics = new DiagnosticBag();
        var set = new TemplateSet(options.Template);
        var order = ParseOrder(templates.Keys);
        foreach (string name in order)
        {
            try
            {
                set.Parse(new SourceFile(name, templates[name].Source));
            }
            catch (TemplateException ex)
            {
                diagnostics.Add(ex.Diagnostic with { Message = HelmErrorFormat.FormatParseError(name, ex.GoMessage) });
            }
        }

        if (diagnostics.HasErrors)
        {
            return new RenderedTemplates(new Dictionary<string, string>(), [.. diagnostics]);
        }

        var rendered = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string name in order)
        {
            if (BaseName(name).StartsWith('_'))
            {
                continue;
            }

            var renderable = templates[name];
            renderable.Scope["Template"] = RenderValues.TemplateMap(name, renderable.BasePath, major);
            try
            {
                rendered[name] = set.Execute(name, renderable.Data);
            }
            catch (TemplateException ex)
            {
                diagnostics.Add(ex.Diagnostic with { Message = HelmErrorFormat.FormatExecutionError(name, ex.GoMessage, major) });
                return new RenderedTemplates(new Dictionary<string, string>(), [.. diagnostics]);
            }
            catch (BosunException ex)
            {
                diagnostics.Add(ex.Diagnostic);
                return new RenderedTemplates(new Dictionary<string, string>(), [.. diagnostics]);
            }
        }

        return new RenderedTemplates(rendered, []);
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

    /// <summary>The chart's path in the tree as helm's ChartFullPath gives it: <c>root/charts/sub</c>.</summary>
    public static string FullPath(string? parentPath, Chart chart) =>
        parentPath is null ? chart.Name : parentPath + "/charts/" + chart.Name;

    internal static string BaseName(string path)
    {
        int slash = path.LastIndexOf('/');
        return slash < 0 ? path : path[(slash + 1)..];
    }

    /// <summary>helm's recAllTpls: builds this chart's scope, recurses into subcharts, records the templates.</summary>
    private static GoMap CollectTemplates(Chart chart, string? parentPath, GoMap parent, Dictionary<string, Renderable> templates, int major)
    {
        bool isRoot = parentPath is null;
        var subcharts = new GoMap();
        var scope = new GoMap();
        scope["Capabilities"] = parent.TryGetValue("Capabilities", out object? caps) ? caps : null;
        scope["Chart"] = RenderValues.ChartValue(chart.Metadata, isRoot, major);
        scope["Files"] = new ChartFiles(chart.Files);
        scope["Release"] = parent.TryGetValue("Release", out object? release) ? release : null;
        scope["Subcharts"] = subcharts;
        scope["Values"] = new GoMap(RenderValues.ValuesType(major));
        if (isRoot)
        {
            scope["Values"] = parent.TryGetValue("Values", out object? values) ? values : null;
        }
        else if (RenderValues.Table(parent, "Values." + chart.Name, major) is { } table)
        {
            scope["Values"] = table;
        }

        string fullPath = FullPath(parentPath, chart);
        foreach (var child in chart.Dependencies)
        {
            subcharts[child.Name] = CollectTemplates(child, fullPath, scope, templates, major);
        }

        var data = new GoMap(RenderValues.ValuesType(major), scope.Entries);
        string basePath = fullPath + "/templates";
        foreach (var template in chart.Templates)
        {
            if (chart.Metadata.IsLibrary && !BaseName(template.Name).StartsWith('_'))
            {
                continue;
            }

            templates[fullPath + "/" + template.Name] = new Renderable(template.Text, scope, data, basePath);
        }

        return scope;
    }

    private sealed record Renderable(string Source, GoMap Scope, GoMap Data, string BasePath);
}
