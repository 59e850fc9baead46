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

    private static readonly GoType s_capabilitiesType = HostObject.PointerTo(HostObject.StructType("common.Capabilities"));
    private static readonly GoType s_kubeVersionType = HostObject.StructType("common.KubeVersion");
    private static readonly GoType s_buildInfoType = HostObject.StructType("version.BuildInfo");
    private static readonly GoSignature s_noArguments = GoSignature.Of();

    /// <summary>The defaults of <c>helm template</c> (helm v4.1.4, Kubernetes v1.35.0).</summary>
    public static Capabilities Default { get; } = new();

    public string KubeVersion { get; init; } = "v1.35.0";

    public string KubeMajor { get; init; } = "1";

    public string KubeMinor { get; init; } = "35";

    public IReadOnlyList<string> ApiVersions { get; init; } = DefaultApiVersions;

    /// <summary>helm's version.BuildInfo fields, in declaration order.</summary>
    public HelmBuildInfo HelmVersion { get; init; } = HelmBuildInfo.Helm414;

    /// <summary>The <c>*common.Capabilities</c> host value templates see.</summary>
    public IGoObject ToGoObject()
    {
        string kubeVersion = KubeVersion;
        var methods = new Dictionary<string, GoMethod>(StringComparer.Ordinal)
        {
            ["String"] = new GoMethod(s_noArguments, _ => kubeVersion),
            ["GitVersion"] = new GoMethod(s_noArguments, _ => kubeVersion),
        };
        var kube = new HostObject(
            s_kubeVersionType,
            [("Version", kubeVersion), ("Major", KubeMajor), ("Minor", KubeMinor)],
            methods,
            () => kubeVersion);
        var build = new HostObject(
            s_buildInfoType,
            [
                ("Version", HelmVersion.Version),
                ("GitCommit", HelmVersion.GitCommit),
                ("GitTreeState", HelmVersion.GitTreeState),
                ("GoVersion", HelmVersion.GoVersion),
                ("KubeClientVersion", HelmVersion.KubeClientVersion),
            ]);
        HostObject? capabilities = null;
        var capabilityMethods = new Dictionary<string, GoMethod>(StringComparer.Ordinal)
        {
            ["Copy"] = new GoMethod(s_noArguments, _ => capabilities),
        };
        capabilities = new HostObject(
            s_capabilitiesType,
            [("KubeVersion", kube), ("APIVersions", new VersionSet(ApiVersions)), ("HelmVersion", build)],
            capabilityMethods);
        return capabilities;
    }
}
