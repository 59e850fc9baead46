using Bosun.Core.Values;

namespace Bosun.Engine.Charts;

/// <summary>
/// <c>.Capabilities</c> as <c>helm template</c> sees it without a cluster: helm v4.1.4's defaults
/// (Kubernetes v1.35.0, the API versions compiled into client-go's scheme, helm's build info), so
/// templates that test versions render as they do under helm.
/// </summary>
public sealed class Capabilities
{
    /// <summary>helm v4.1.4's DefaultVersionSet, in helm's order (client-go scheme priority order).</summary>
    public static readonly IReadOnlyList<string> DefaultApiVersions =
    [
        "v1",
        "admissionregistration.k8s.io/v1",
        "admissionregistration.k8s.io/v1alpha1",
        "admissionregistration.k8s.io/v1beta1",
        "internal.apiserver.k8s.io/v1alpha1",
        "apps/v1",
        "apps/v1beta1",
        "apps/v1beta2",
        "authentication.k8s.io/v1",
        "authentication.k8s.io/v1alpha1",
        "authentication.k8s.io/v1beta1",
        "authorization.k8s.io/v1",
        "authorization.k8s.io/v1beta1",
        "autoscaling/v1",
        "autoscaling/v2",
        "autoscaling/v2beta1",
        "autoscaling/v2beta2",
        "batch/v1",
        "batch/v1beta1",
        "certificates.k8s.io/v1",
        "certificates.k8s.io/v1beta1",
        "certificates.k8s.io/v1alpha1",
        "coordination.k8s.io/v1alpha2",
        "coordination.k8s.io/v1beta1",
        "coordination.k8s.io/v1",
        "discovery.k8s.io/v1",
        "discovery.k8s.io/v1beta1",
        "events.k8s.io/v1",
        "events.k8s.io/v1beta1",
        "extensions/v1beta1",
        "flowcontrol.apiserver.k8s.io/v1",
        "flowcontrol.apiserver.k8s.io/v1beta1",
        "flowcontrol.apiserver.k8s.io/v1beta2",
        "flowcontrol.apiserver.k8s.io/v1beta3",
        "networking.k8s.io/v1",
        "networking.k8s.io/v1beta1",
        "node.k8s.io/v1",
        "node.k8s.io/v1alpha1",
        "node.k8s.io/v1beta1",
        "policy/v1",
        "policy/v1beta1",
        "rbac.authorization.k8s.io/v1",
        "rbac.authorization.k8s.io/v1beta1",
        "rbac.authorization.k8s.io/v1alpha1",
        "resource.k8s.io/v1",
        "resource.k8s.io/v1beta2",
        "resource.k8s.io/v1beta1",
        "resource.k8s.io/v1alpha3",
        "scheduling.k8s.io/v1alpha1",
        "scheduling.k8s.io/v1beta1",
        "scheduling.k8s.io/v1",
        "storage.k8s.io/v1beta1",
        "storage.k8s.io/v1",
        "storage.k8s.io/v1alpha1",
        "storagemigration.k8s.io/v1beta1",
        "apiextensions.k8s.io/v1beta1",
        "apiextensions.k8s.io/v1",
    ];

    /// <summary>helm v3.17.2's DefaultVersionSet (client-go v0.32), in helm's order.</summary>
    public static readonly IReadOnlyList<string> Helm3ApiVersions = BuildHelm3ApiVersions();

    private static readonly GoType s_capabilitiesType = HostObject.PointerTo(HostObject.StructType("common.Capabilities"));
    private static readonly GoType s_capabilitiesType3 = HostObject.PointerTo(HostObject.StructType("chartutil.Capabilities"));
    private static readonly GoType s_kubeVersionType = HostObject.StructType("common.KubeVersion");
    private static readonly GoType s_kubeVersionType3 = HostObject.StructType("chartutil.KubeVersion");
    private static readonly GoType s_buildInfoType = HostObject.StructType("version.BuildInfo");
    private static readonly GoSignature s_noArguments = GoSignature.Of();

    /// <summary>The defaults of <c>helm template</c> (helm v4.1.4, Kubernetes v1.35.0).</summary>
    public static Capabilities Default { get; } = new();

    /// <summary>The defaults of <c>helm template</c> of helm v3.17.2 (Kubernetes v1.32.0).</summary>
    public static Capabilities Helm3Default { get; } = new()
    {
        HelmMajor = 3,
        KubeVersion = "v1.32.0",
        KubeVersionNormalized = null,
        KubeMinor = "32",
        ApiVersions = Helm3ApiVersions,
        HelmVersion = new HelmBuildInfo("v3.17.2", "cc0bbbd6d6276b83880042c1ecb34087e84d41eb", "clean", "go1.23.7", string.Empty),
    };

    /// <summary>The offline defaults of the given helm major version (3 or 4).</summary>
    public static Capabilities ForHelm(int helmMajor) => helmMajor < 4 ? Helm3Default : Default;

    /// <summary>The helm major version whose types (<c>chartutil</c> or <c>common</c>) and fields are shown.</summary>
    public int HelmMajor { get; init; } = 4;

    /// <summary><c>.Capabilities.KubeVersion.Version</c> (GitVersion): the version as given, with a leading v.</summary>
    public string KubeVersion { get; init; } = "v1.35.0";

    /// <summary>
    /// helm v4's normalized version (<c>KubeVersion.String()</c>, used for kubeVersion checks); null when it
    /// equals <see cref="KubeVersion"/>.
    /// </summary>
    public string? KubeVersionNormalized { get; init; } = "v1.35.0";

    /// <summary>What <c>KubeVersion.String()</c> returns.</summary>
    public string KubeVersionString => KubeVersionNormalized ?? KubeVersion;

    public string KubeMajor { get; init; } = "1";

    public string KubeMinor { get; init; } = "35";

    public IReadOnlyList<string> ApiVersions { get; init; } = DefaultApiVersions;

    /// <summary>helm's version.BuildInfo fields, in declaration order.</summary>
    public HelmBuildInfo HelmVersion { get; init; } = HelmBuildInfo.Helm414;

    /// <summary>The <c>*common.Capabilities</c> host value templates see.</summary>
    public IGoObject ToGoObject()
    {
        string kubeVersion = KubeVersion;
        string kubeString = KubeVersionString;
        var methods = new Dictionary<string, GoMethod>(StringComparer.Ordinal)
        {
            ["String"] = new GoMethod(s_noArguments, _ => kubeString),
            ["GitVersion"] = new GoMethod(s_noArguments, _ => kubeVersion),
        };
        (string Name, object? Value)[] kubeFields = HelmMajor < 4
            ? [("Version", kubeVersion), ("Major", KubeMajor), ("Minor", KubeMinor)]
            : [("Version", kubeVersion), ("normalizedVersion", KubeVersionNormalized ?? string.Empty), ("Major", KubeMajor), ("Minor", KubeMinor)];
        var kube = new HostObject(
            HelmMajor < 4 ? s_kubeVersionType3 : s_kubeVersionType,
            kubeFields,
            methods,
            () => kubeString,
            stringRequiresAddress: true);
        (string Name, object? Value)[] buildFields =
        [
            ("Version", HelmVersion.Version),
            ("GitCommit", HelmVersion.GitCommit),
            ("GitTreeState", HelmVersion.GitTreeState),
            ("GoVersion", HelmVersion.GoVersion),
        ];
        if (HelmMajor >= 4)
        {
            buildFields = [.. buildFields, ("KubeClientVersion", HelmVersion.KubeClientVersion)];
        }

        var build = new HostObject(s_buildInfoType, buildFields);
        HostObject? capabilities = null;
        var capabilityMethods = new Dictionary<string, GoMethod>(StringComparer.Ordinal)
        {
            ["Copy"] = new GoMethod(s_noArguments, _ => capabilities),
        };
        capabilities = new HostObject(
            HelmMajor < 4 ? s_capabilitiesType3 : s_capabilitiesType,
            [("KubeVersion", kube), ("APIVersions", new VersionSet(ApiVersions, HelmMajor)), ("HelmVersion", build)],
            capabilityMethods);
        return capabilities;
    }

    /// <summary>These capabilities with the user's <c>--kube-version</c> and <c>--api-versions</c> applied.</summary>
    public Capabilities With(KubeVersionInfo? kubeVersion, IReadOnlyList<string> extraApiVersions)
    {
        var result = this;
        if (kubeVersion is not null)
        {
            result = new Capabilities
            {
                HelmMajor = HelmMajor,
                KubeVersion = kubeVersion.Version,
                KubeVersionNormalized = kubeVersion.Normalized,
                KubeMajor = kubeVersion.Major,
                KubeMinor = kubeVersion.Minor,
                ApiVersions = ApiVersions,
                HelmVersion = HelmVersion,
            };
        }

        if (extraApiVersions.Count == 0)
        {
            return result;
        }

        return new Capabilities
        {
            HelmMajor = result.HelmMajor,
            KubeVersion = result.KubeVersion,
            KubeVersionNormalized = result.KubeVersionNormalized,
            KubeMajor = result.KubeMajor,
            KubeMinor = result.KubeMinor,
            ApiVersions = [.. result.ApiVersions, .. extraApiVersions],
            HelmVersion = result.HelmVersion,
        };
    }

    private static List<string> BuildHelm3ApiVersions()
    {
        var list = DefaultApiVersions.ToList();
        list.Insert(list.IndexOf("networking.k8s.io/v1beta1"), "networking.k8s.io/v1alpha1");
        list.Remove("resource.k8s.io/v1");
        list.Remove("resource.k8s.io/v1beta2");
        list[list.IndexOf("storagemigration.k8s.io/v1beta1")] = "storagemigration.k8s.io/v1alpha1";
        return list;
    }
}
