using Bosun.Core.Values;

namespace Bosun.Templating.Tests.Oracle.Fixtures;

/// <summary>
/// <c>.Capabilities</c> as the oracle renders it: helm v4's client-only defaults (Kubernetes v1.35.0 and
/// the default API version set), which the update script's stub API server also reports to helm v3.
/// </summary>
internal static class CapabilitiesFixture
{
    public const string KubeVersion = "v1.35.0";

    /// <summary>helm v4.1.4's DefaultVersionSet, served to helm v3 by scripts/oracle/stub_apiserver.py.</summary>
    public static readonly IReadOnlyList<string> ApiVersions =
    [
        "v1",
        "admissionregistration.k8s.io/v1", "admissionregistration.k8s.io/v1alpha1",
        "admissionregistration.k8s.io/v1beta1", "internal.apiserver.k8s.io/v1alpha1",
        "apps/v1", "apps/v1beta1", "apps/v1beta2",
        "authentication.k8s.io/v1", "authentication.k8s.io/v1alpha1", "authentication.k8s.io/v1beta1",
        "authorization.k8s.io/v1", "authorization.k8s.io/v1beta1",
        "autoscaling/v1", "autoscaling/v2", "autoscaling/v2beta1", "autoscaling/v2beta2",
        "batch/v1", "batch/v1beta1",
        "certificates.k8s.io/v1", "certificates.k8s.io/v1beta1", "certificates.k8s.io/v1alpha1",
        "coordination.k8s.io/v1alpha2", "coordination.k8s.io/v1beta1", "coordination.k8s.io/v1",
        "discovery.k8s.io/v1", "discovery.k8s.io/v1beta1",
        "events.k8s.io/v1", "events.k8s.io/v1beta1",
        "extensions/v1beta1",
        "flowcontrol.apiserver.k8s.io/v1", "flowcontrol.apiserver.k8s.io/v1beta1",
        "flowcontrol.apiserver.k8s.io/v1beta2", "flowcontrol.apiserver.k8s.io/v1beta3",
        "networking.k8s.io/v1", "networking.k8s.io/v1beta1",
        "node.k8s.io/v1", "node.k8s.io/v1alpha1", "node.k8s.io/v1beta1",
        "policy/v1", "policy/v1beta1",
        "rbac.authorization.k8s.io/v1", "rbac.authorization.k8s.io/v1beta1",
        "rbac.authorization.k8s.io/v1alpha1",
        "resource.k8s.io/v1", "resource.k8s.io/v1beta2", "resource.k8s.io/v1beta1",
        "resource.k8s.io/v1alpha3",
        "scheduling.k8s.io/v1alpha1", "scheduling.k8s.io/v1beta1", "scheduling.k8s.io/v1",
        "storage.k8s.io/v1beta1", "storage.k8s.io/v1", "storage.k8s.io/v1alpha1",
        "storagemigration.k8s.io/v1beta1",
        "apiextensions.k8s.io/v1beta1", "apiextensions.k8s.io/v1",
    ];

    public static IGoObject Create(int helmMajor)
    {
        string package = helmMajor >= 4 ? "common" : "chartutil";
        var kubeVersionType = new GoType($"{package}.KubeVersion", GoKind.Struct, isNamed: true);
        var kubeVersion = new HostStruct(
            kubeVersionType,
            helmMajor >= 4
                ?
                [
                    HostStruct.Field("Version", KubeVersion),
                    HostStruct.Field("normalizedVersion", KubeVersion), // unexported: %v prints it, JSON does not
                    HostStruct.Field("Major", "1"),
                    HostStruct.Field("Minor", "35"),
                ]
                :
                [
                    HostStruct.Field("Version", KubeVersion),
                    HostStruct.Field("Major", "1"),
                    HostStruct.Field("Minor", "35"),
                ],
            new Dictionary<string, GoMethod>
            {
                ["String"] = new(GoSignature.Of(), _ => KubeVersion),
                ["GitVersion"] = new(GoSignature.Of(), _ => KubeVersion),
            },
            stringer: KubeVersion,
            jsonTags: new Dictionary<string, string> { ["normalizedVersion"] = "-" })
        {
            StringRequiresAddress = true, // helm's KubeVersion.String() has a pointer receiver
        };

        var versionSetType = new GoType($"{package}.VersionSet", GoKind.Slice, GoType.String, isNamed: true);
        var buildInfoType = new GoType("version.BuildInfo", GoKind.Struct, isNamed: true);
        var buildInfoTags = new Dictionary<string, string>
        {
            ["Version"] = "version,omitempty",
            ["GitCommit"] = "git_commit,omitempty",
            ["GitTreeState"] = "git_tree_state,omitempty",
            ["GoVersion"] = "go_version,omitempty",
            ["KubeClientVersion"] = "kube_client_version",
        };
        var buildInfo = helmMajor >= 4
            ? new HostStruct(buildInfoType,
            [
                HostStruct.Field("Version", "v4.1.4"),
                HostStruct.Field("GitCommit", "05fa37973dc9e42b76e1d2883494c87174b6074f"),
                HostStruct.Field("GitTreeState", "clean"),
                HostStruct.Field("GoVersion", "go1.25.9"),
                HostStruct.Field("KubeClientVersion", "v1.35"),
            ], jsonTags: buildInfoTags)
            : new HostStruct(buildInfoType,
            [
                HostStruct.Field("Version", "v3.17.2"),
                HostStruct.Field("GitCommit", "cc0bbbd6d6276b83880042c1ecb34087e84d41eb"),
                HostStruct.Field("GitTreeState", "clean"),
                HostStruct.Field("GoVersion", "go1.23.7"),
            ], jsonTags: buildInfoTags);

        var capabilitiesType = new GoType(
            $"*{package}.Capabilities", GoKind.Ptr, new GoType($"{package}.Capabilities", GoKind.Struct, isNamed: true));
        return new HostStruct(
            capabilitiesType,
            [
                HostStruct.Field("KubeVersion", kubeVersion),
                HostStruct.Field("APIVersions", new VersionSetFixture(versionSetType, ApiVersions)),
                HostStruct.Field("HelmVersion", buildInfo),
            ]);
    }
}
