using Bosun.Core.Diagnostics;

namespace Bosun.Engine.Charts;

/// <summary>Chart loading diagnostics (BOSUN3100–3149): archives, subcharts, symlinks, lock files, dependencies.</summary>
public static partial class ChartErrors
{
    /// <summary>helm 4: the chart directory has no Chart.yaml (helm 3 says BOSUN3002's "Chart.yaml file is missing").</summary>
    public static readonly DiagnosticDescriptor ChartDetectFailed =
        new(3100, Severity.Error, "unable to detect chart at {0}: open {0}: no such file or directory");

    /// <summary>A subchart under charts/ failed to load; the message carries the subchart's own error.</summary>
    public static readonly DiagnosticDescriptor SubchartInvalid =
        new(3101, Severity.Error, "error unpacking subchart {0} in {1}: {2}");

    /// <summary>A charts/NAME.tgz path that is not a single archive file (for example a folder named like an archive).</summary>
    public static readonly DiagnosticDescriptor SubchartTarMismatch =
        new(3102, Severity.Error, "error unpacking subchart tar in {0}: expected {1}, got {2}");

    /// <summary>The chart path is a file that is not a gzip archive.</summary>
    public static readonly DiagnosticDescriptor ChartArchiveNotGzip =
        new(3103, Severity.Error, "file '{0}' does not appear to be a gzipped archive; got '{1}'");

    /// <summary>The chart path is a YAML file (often a values file given in the chart's place).</summary>
    public static readonly DiagnosticDescriptor ChartArchiveIsYaml =
        new(3104, Severity.Error, "file '{0}' seems to be a YAML file, but expected a gzipped archive");

    /// <summary>helm 4: the chart archive could not be read (the reason is in the hint).</summary>
    public static readonly DiagnosticDescriptor ChartArchiveUnreadable =
        new(3105, Severity.Error, "unable to load chart archive");

    /// <summary>The gzip or tar stream of an archive is corrupt or truncated (Go's error text).</summary>
    public static readonly DiagnosticDescriptor ArchiveCorrupt =
        new(3106, Severity.Error, "{0}");

    /// <summary>An archive entry has an absolute path.</summary>
    public static readonly DiagnosticDescriptor ArchiveAbsolutePath =
        new(3107, Severity.Error, "chart illegally contains absolute paths");

    /// <summary>An archive entry is not inside the chart's top folder.</summary>
    public static readonly DiagnosticDescriptor ArchiveOutsideBase =
        new(3108, Severity.Error, "chart illegally contains content outside the base directory: {0}");

    /// <summary>An archive entry climbs out of the chart with <c>..</c>.</summary>
    public static readonly DiagnosticDescriptor ArchiveParentReference =
        new(3109, Severity.Error, "chart illegally references parent directory");

    /// <summary>An archive entry names a Windows drive.</summary>
    public static readonly DiagnosticDescriptor ArchiveIllegalName =
        new(3110, Severity.Error, "chart contains illegally named files");

    /// <summary>The archive has Chart.yaml at its root instead of inside the chart folder.</summary>
    public static readonly DiagnosticDescriptor ArchiveChartYamlNotInBase =
        new(3111, Severity.Error, "chart yaml not in base directory");

    /// <summary>The archive decompresses to more than helm's 100 MiB limit.</summary>
    public static readonly DiagnosticDescriptor ArchiveTooLarge =
        new(3112, Severity.Error, "decompressed chart is larger than the maximum size {0}");

    /// <summary>One archive entry is larger than helm's 5 MiB file limit.</summary>
    public static readonly DiagnosticDescriptor ArchiveFileTooLarge =
        new(3113, Severity.Error, "decompressed chart file {0} is larger than the maximum file size {1}");

    /// <summary>The archive holds no files.</summary>
    public static readonly DiagnosticDescriptor ArchiveEmpty =
        new(3114, Severity.Error, "no files in chart archive");

    /// <summary>helm 4: the archive has no Chart.yaml.</summary>
    public static readonly DiagnosticDescriptor ArchiveNoChartYaml =
        new(3115, Severity.Error, "unable to detect chart version, no Chart.yaml found");

    /// <summary>helm 4: Chart.yaml's apiVersion is neither v1 nor v2 (nor v3).</summary>
    public static readonly DiagnosticDescriptor ChartApiVersionUnsupported =
        new(3116, Severity.Error, "unsupported chart version");

    /// <summary>helm 4: an apiVersion v3 chart, which helm template refuses.</summary>
    public static readonly DiagnosticDescriptor ChartApiVersionInvalid =
        new(3117, Severity.Error, "invalid chart apiVersion");

    /// <summary>The file starts like gzip but its header is invalid.</summary>
    public static readonly DiagnosticDescriptor ChartArchiveInvalid =
        new(3118, Severity.Error, "file '{0}' does not appear to be a valid chart file (details: {1})");

    /// <summary>A symbolic link in the chart is dangling or loops.</summary>
    public static readonly DiagnosticDescriptor SymlinkInvalid =
        new(3119, Severity.Error, "error evaluating symlink {0}: {1}");

    /// <summary>helm 4: a chart file is larger than 5 MiB.</summary>
    public static readonly DiagnosticDescriptor ChartFileTooLarge =
        new(3121, Severity.Error, "chart file {0} is larger than the maximum file size {1}");

    /// <summary>Chart.lock or requirements.lock is not a valid lock file.</summary>
    public static readonly DiagnosticDescriptor ChartLockInvalid =
        new(3122, Severity.Error, "cannot load {0}: {1}");

    /// <summary>requirements.yaml is not valid YAML or has fields of the wrong type.</summary>
    public static readonly DiagnosticDescriptor RequirementsInvalid =
        new(3123, Severity.Error, "cannot load requirements.yaml: {0}");

    /// <summary>A dependency declared in Chart.yaml has no chart under charts/ (helm's CheckDependencies).</summary>
    public static readonly DiagnosticDescriptor DependenciesMissing =
        new(3124, Severity.Error, "{0} error occurred while checking for chart dependencies. You may need to run `helm dependency build` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: {1}");

    /// <summary>A path in the chart is too long to open (typically a symbolic link to a parent folder walked forever).</summary>
    public static readonly DiagnosticDescriptor ChartPathTooLong =
        new(3125, Severity.Error, "lstat {0}: file name too long");
}
