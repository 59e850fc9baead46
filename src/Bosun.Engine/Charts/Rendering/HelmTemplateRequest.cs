using System.Collections.Immutable;

namespace Bosun.Engine.Charts.Rendering;

/// <summary>
/// Everything <c>helm template [NAME] CHART</c> takes, as given on the command line (paths unresolved:
/// messages and <c>wrote</c> lines name them as given; <see cref="ResolvePath"/> turns them into file-system
/// paths).
/// </summary>
public sealed record HelmTemplateRequest
{
    /// <summary>The chart directory or archive (.tgz) as given.</summary>
    public required string ChartPath { get; init; }

    /// <summary>The NAME argument; null when only the chart was given.</summary>
    public string? Name { get; init; }

    /// <summary>Turns a path as given into a file-system path (relative to the caller's working directory).</summary>
    public Func<string, string> ResolvePath { get; init; } = Path.GetFullPath;

    /// <summary>helm major version to reproduce: 4 (v4.1.4, default) or 3 (v3.17.2).</summary>
    public int HelmMajor { get; init; } = 4;

    /// <summary>-n/--namespace.</summary>
    public string Namespace { get; init; } = "default";

    /// <summary>-f, --set, --set-string, --set-json, --set-file, --set-literal.</summary>
    public UserValueSources Values { get; init; } = new();

    /// <summary>--name-template (Go template with Sprig, no data).</summary>
    public string? NameTemplate { get; init; }

    /// <summary>-g/--generate-name (helm template keeps "release-name" when no NAME is given).</summary>
    public bool GenerateName { get; init; }

    /// <summary>--include-crds: print crds/ of the chart and its subcharts first.</summary>
    public bool IncludeCrds { get; init; }

    /// <summary>--skip-tests: leave out test hooks.</summary>
    public bool SkipTests { get; init; }

    /// <summary>--no-hooks: leave out every hook.</summary>
    public bool NoHooks { get; init; }

    /// <summary>-s/--show-only patterns (filepath.Match against the path below the chart name).</summary>
    public ImmutableArray<string> ShowOnly { get; init; } = [];

    /// <summary>--output-dir as given; null prints to stdout.</summary>
    public string? OutputDir { get; init; }

    /// <summary>--release-name: put files under output-dir/NAME.</summary>
    public bool UseReleaseName { get; init; }

    /// <summary>--kube-version as given; null for helm's default.</summary>
    public string? KubeVersion { get; init; }

    /// <summary>-a/--api-versions, already split on commas.</summary>
    public ImmutableArray<string> ApiVersions { get; init; } = [];

    /// <summary>--is-upgrade.</summary>
    public bool IsUpgrade { get; init; }

    /// <summary>--skip-schema-validation.</summary>
    public bool SkipSchemaValidation { get; init; }

    /// <summary>Receives the lines helm writes to stderr while loading (followed symlinks, v2 requirements files).</summary>
    public Action<string>? Notice { get; init; }

    /// <summary>--validate (needs a cluster: rejected).</summary>
    public bool Validate { get; init; }
}
