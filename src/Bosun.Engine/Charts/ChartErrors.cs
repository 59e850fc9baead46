using Bosun.Core.Diagnostics;

namespace Bosun.Engine.Charts;

/// <summary>
/// Catalog of chart loading, values and rendering problems (BOSUN3xxx). Wording follows helm's where
/// users search for it (<c>Chart.yaml file is missing</c>, <c>YAML parse error on ...</c>).
/// </summary>
public static partial class ChartErrors
{
    /// <summary>The chart path does not exist or is not a directory.</summary>
    public static readonly DiagnosticDescriptor ChartNotFound =
        new(3001, Severity.Error, "path \"{0}\" not found");

    /// <summary>The chart directory has no Chart.yaml.</summary>
    public static readonly DiagnosticDescriptor ChartYamlMissing =
        new(3002, Severity.Error, "Chart.yaml file is missing");

    /// <summary>Chart.yaml is not valid YAML or has fields of the wrong type.</summary>
    public static readonly DiagnosticDescriptor ChartYamlInvalid =
        new(3003, Severity.Error, "cannot load Chart.yaml: {0}");

    /// <summary>Chart.yaml lacks a required field or has an invalid one (helm's chart validation).</summary>
    public static readonly DiagnosticDescriptor ChartMetadataInvalid =
        new(3004, Severity.Error, "validation: {0}");

    /// <summary>A file of the chart could not be read.</summary>
    public static readonly DiagnosticDescriptor ChartFileUnreadable =
        new(3006, Severity.Error, "error reading {0}: {1}");

    /// <summary>A rule in .helmignore is invalid.</summary>
    public static readonly DiagnosticDescriptor HelmIgnoreInvalid =
        new(3007, Severity.Error, "invalid .helmignore rule \"{0}\": {1}");

    /// <summary>A library chart was given to a command that renders manifests.</summary>
    public static readonly DiagnosticDescriptor LibraryChartNotInstallable =
        new(3008, Severity.Error, "library charts are not installable");

    /// <summary>The chart's values.yaml is not a valid YAML map.</summary>
    public static readonly DiagnosticDescriptor ChartValuesInvalid =
        new(3010, Severity.Error, "cannot load values.yaml: {0}");

    /// <summary>A values file given with -f is not a valid YAML map.</summary>
    public static readonly DiagnosticDescriptor ValuesFileInvalid =
        new(3011, Severity.Error, "failed to parse {0}: {1}");

    /// <summary>A values file given with -f does not exist.</summary>
    public static readonly DiagnosticDescriptor ValuesFileNotFound =
        new(3012, Severity.Error, "open {0}: no such file or directory");

    /// <summary>A --set expression cannot be parsed.</summary>
    public static readonly DiagnosticDescriptor SetValueInvalid =
        new(3013, Severity.Error, "failed parsing --set data: {0}");

    /// <summary>A rendered document is not valid YAML, so its kind cannot be read for ordering.</summary>
    public static readonly DiagnosticDescriptor ManifestInvalid =
        new(3020, Severity.Error, "YAML parse error on {0}: {1}");
}
