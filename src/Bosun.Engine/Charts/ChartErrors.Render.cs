using Bosun.Core.Diagnostics;

namespace Bosun.Engine.Charts;

/// <summary>Rendering and <c>helm template</c> flag problems (BOSUN3250–3299), in helm's wording.</summary>
public static partial class ChartErrors
{
    /// <summary>--show-only names a template that rendered no manifest.</summary>
    public static readonly DiagnosticDescriptor ShowOnlyNotFound =
        new(3250, Severity.Error, "could not find template {0} in chart");

    /// <summary>--kube-version is not a version.</summary>
    public static readonly DiagnosticDescriptor KubeVersionInvalid =
        new(3251, Severity.Error, "invalid kube version '{0}': {1}");

    /// <summary>The chart's kubeVersion constraint excludes the Kubernetes version rendered for.</summary>
    public static readonly DiagnosticDescriptor KubeVersionIncompatible =
        new(3252, Severity.Error, "chart requires kubeVersion: {0} which is incompatible with Kubernetes {1}");

    /// <summary>A flag that needs a Kubernetes cluster (--validate, --dry-run=server).</summary>
    public static readonly DiagnosticDescriptor ClusterRequired =
        new(3253, Severity.Error, "{0} needs a Kubernetes cluster, which bosun template never contacts");

    /// <summary>The release name is not a valid release name.</summary>
    public static readonly DiagnosticDescriptor ReleaseNameInvalid =
        new(3254, Severity.Error, "{0}release name \"{1}\": {2}");

    /// <summary>Release name arguments and flags conflict (helm's NameAndChart).</summary>
    public static readonly DiagnosticDescriptor ReleaseNameConflict =
        new(3255, Severity.Error, "{0}");

    /// <summary>--name-template failed to parse or execute.</summary>
    public static readonly DiagnosticDescriptor NameTemplateInvalid =
        new(3256, Severity.Error, "{0}");

    /// <summary>--output-dir: a file could not be written.</summary>
    public static readonly DiagnosticDescriptor OutputDirWriteFailed =
        new(3257, Severity.Error, "{0}");

    /// <summary>--helm-compat is neither v3 nor v4.</summary>
    public static readonly DiagnosticDescriptor HelmCompatInvalid =
        new(3258, Severity.Error, "invalid --helm-compat \"{0}\": must be v3 or v4");

    /// <summary>The chart argument is neither an existing path nor a local reference helm could resolve.</summary>
    public static readonly DiagnosticDescriptor ChartLocateFailed =
        new(3259, Severity.Error, "{0}");

    /// <summary>The chart argument is a URL (oci://, https://): bosun template renders local charts only.</summary>
    public static readonly DiagnosticDescriptor ChartRemoteUnsupported =
        new(3260, Severity.Error, "chart \"{0}\" is remote; bosun template renders local chart directories and archives only");
}
