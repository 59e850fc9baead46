using System.Collections.Immutable;
using Bosun.Core.Diagnostics;
using Bosun.Core.Versioning;
using Bosun.Engine.Charts.Dependencies;
using Bosun.Engine.Charts.Loading;
using Bosun.Engine.Charts.Schema;

namespace Bosun.Engine.Charts.Rendering;

/// <summary>
/// <c>helm template</c> end to end (pkg/cmd/template.go, install.go runInstall, action.Install and
/// renderResources): name resolution, chart loading, user values, dependency processing, coalescing,
/// schema validation, the kubeVersion check, rendering, sorting and helm template's printing with
/// --include-crds, --no-hooks, --skip-tests, --show-only and --output-dir. Failures throw
/// <see cref="BosunException"/> carrying helm's text; template errors come back in
/// <see cref="HelmTemplateResult.Render"/>.
/// </summary>
public static class HelmTemplate
{
    /// <summary>Runs <c>helm template</c> for <paramref name="request"/>.</summary>
    public static HelmTemplateResult Run(HelmTemplateRequest request)
    {
        int major = request.HelmMajor;
        var options = ChartRenderOptions.ForHelm(major);
        KubeVersionInfo? kubeVersion = null;
        if (!string.IsNullOrEmpty(request.KubeVersion))
        {
            try
            {
                kubeVersion = KubeVersionInfo.Parse(request.KubeVersion, major);
            }
            catch (FormatException ex)
            {
                throw ChartErrors.KubeVersionInvalid.Create(request.KubeVersion, ex.Message).ToException();
            }
        }

        if (request.Validate)
        {
            throw ChartErrors.ClusterRequired.Create("--validate").ToException();
        }

        string releaseName = ReleaseNames.Resolve(request);
        string chartPath = LocateChart(request);
        var userValues = UserValues.Merge(request.Values, request.ResolvePath, major);
        var chart = ChartLoader.Load(chartPath, chartPath, major);
        foreach (var notice in chart.LoadNotices)
        {
            request.Notice?.Invoke(notice.Format(major));
        }

        if (chart.Metadata.IsLibrary)
        {
            throw ChartErrors.LibraryChartNotInstallable.Create().ToException();
        }

        if (chart.Metadata.Dependencies.Length > 0)
        {
            DependencyChecker.Check(chart, major);
        }

        ReleaseNames.Validate(releaseName, major);
        var log = new HelmLog(major);
        int flushed = 0;
        void Flush()
        {
            // helm's log lines (dependency and coalesce warnings) go to the caller's stderr, once each.
            for (; flushed < log.Lines.Count; flushed++)
            {
                request.Notice?.Invoke(log.Lines[flushed]);
            }
        }

        try
        {
            chart = DependencyProcessor.Process(chart, userValues, major, log);
        }
        finally
        {
            Flush();
        }

        var capabilities = options.Capabilities.With(kubeVersion, request.ApiVersions);
        options = options with { Capabilities = capabilities };
        var release = new ReleaseOptions
        {
            Name = releaseName,
            Namespace = request.Namespace,
            IsInstall = !request.IsUpgrade,
            IsUpgrade = request.IsUpgrade,
        };

        var values = ValuesCoalescer.Coalesce(chart, userValues, major, log);
        Flush();
        if (!request.SkipSchemaValidation)
        {
            ChartSchemaValidator.Validate(chart, values, major);
        }

        CheckKubeVersion(chart, capabilities);
        var render = ChartRenderer.RenderCoalesced(chart, values, release, options);
        foreach (string notice in render.Notices)
        {
            request.Notice?.Invoke(notice);
        }
        if (render.HasErrors)
        {
            return new HelmTemplateResult(string.Empty, render, [], []) { ReleaseName = releaseName };
        }

        var crds = request.IncludeCrds ? CrdObjects(chart, null) : [];
        var printer = new TemplateOutput(request, releaseName);
        string stdout = printer.Print(render, crds);
        return new HelmTemplateResult(stdout, render, crds, [.. printer.Written]) { ReleaseName = releaseName };
    }

    /// <summary>helm's Chart.CRDObjects: crds/*.yaml|yml|json of the chart, then of each subchart, recursively.</summary>
    public static ImmutableArray<RenderedManifest> CrdObjects(Chart chart, string? parentPath)
    {
        string fullPath = ChartRenderer.FullPath(parentPath, chart);
        var list = ImmutableArray.CreateBuilder<RenderedManifest>();
        foreach (var file in chart.Files)
        {
            if (file.Name.StartsWith("crds/", StringComparison.Ordinal) && HasManifestExtension(file.Name))
            {
                list.Add(new RenderedManifest(fullPath + "/" + file.Name, file.Text, "CustomResourceDefinition"));
            }
        }

        foreach (var dependency in chart.Dependencies)
        {
            list.AddRange(CrdObjects(dependency, fullPath));
        }

        return list.ToImmutable();
    }

    /// <summary>
    /// helm's LocateChart for local charts: an existing path becomes absolute (helm names it so in messages); a
    /// missing path fails as helm does without repositories (<c>path "./x" not found</c>, <c>repo foo not found</c>,
    /// <c>non-absolute URLs should be in form of repo_name/path_to_chart, got: x</c>); URLs are not fetched.
    /// </summary>
    private static string LocateChart(HelmTemplateRequest request)
    {
        string name = request.ChartPath.Trim();
        string path = request.ResolvePath(name);
        if (Directory.Exists(path) || File.Exists(path))
        {
            return path;
        }

        if (Path.IsPathRooted(name) || name.StartsWith('.'))
        {
            throw ChartErrors.ChartNotFound.Create(name).ToException();
        }

        if (name.Contains("://", StringComparison.Ordinal))
        {
            throw ChartErrors.ChartRemoteUnsupported.Create(name).ToException();
        }

        int slash = name.IndexOf('/');
        throw ChartErrors.ChartLocateFailed.Create(slash < 0
            ? "non-absolute URLs should be in form of repo_name/path_to_chart, got: " + name
            : "repo " + name[..slash] + " not found").ToException();
    }

    /// <summary>renderResources' check of the root chart's kubeVersion constraint (IsCompatibleRange).</summary>
    private static void CheckKubeVersion(Chart chart, Capabilities capabilities)
    {
        string constraint = chart.Metadata.KubeVersion;
        if (constraint.Length == 0)
        {
            return;
        }

        bool compatible;
        try
        {
            var dialect = capabilities.HelmMajor < 4 ? SemverDialect.V3_3 : SemverDialect.V3_4;
            var version = SemanticVersion.Parse(capabilities.KubeVersionString, dialect);
            compatible = VersionConstraint.Parse(constraint, dialect).Check(version);
        }
        catch (SemverException)
        {
            compatible = false;
        }

        if (!compatible)
        {
            throw ChartErrors.KubeVersionIncompatible.Create(constraint, capabilities.KubeVersion).ToException();
        }
    }

    private static bool HasManifestExtension(string name)
    {
        string file = name[(name.LastIndexOf('/') + 1)..];
        int dot = file.LastIndexOf('.');
        string ext = dot < 0 ? string.Empty : file[dot..];
        return ext.Equals(".yaml", StringComparison.OrdinalIgnoreCase)
            || ext.Equals(".yml", StringComparison.OrdinalIgnoreCase)
            || ext.Equals(".json", StringComparison.OrdinalIgnoreCase);
    }
}
