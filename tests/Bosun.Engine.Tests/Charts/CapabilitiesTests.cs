using Bosun.Core.Values;
using Bosun.Engine.Charts;

namespace Bosun.Engine.Tests.Charts;

public class CapabilitiesTests
{
    private static IGoObject Field(IGoObject obj, string name)
    {
        Assert.True(obj.TryGetField(name, out object? value));
        return Assert.IsAssignableFrom<IGoObject>(value);
    }

    [Fact]
    public void ToGoObject_Types_AreHelmsTypeNames()
    {
        var caps = Capabilities.Default.ToGoObject();

        Assert.Equal("*common.Capabilities", caps.Type.Name);
        Assert.Equal("common.KubeVersion", Field(caps, "KubeVersion").Type.Name);
        Assert.Equal("version.BuildInfo", Field(caps, "HelmVersion").Type.Name);
        Assert.True(caps.TryGetField("APIVersions", out object? apis));
        Assert.Equal("common.VersionSet", Assert.IsType<VersionSet>(apis).Type.Name);
    }

    [Fact]
    public void KubeVersion_IsHelm4Default()
    {
        var kube = Field(Capabilities.Default.ToGoObject(), "KubeVersion");

        Assert.Equal("v1.35.0", kube.GoString());
        Assert.True(kube.TryGetField("Major", out object? major));
        Assert.True(kube.TryGetField("Minor", out object? minor));
        Assert.Equal(("1", "35"), (major, minor));
        Assert.True(kube.TryGetMethod("GitVersion", out var gitVersion));
        Assert.Equal("v1.35.0", gitVersion?.Invoke([]));
    }

    [Fact]
    public void ApiVersions_Has_MatchesExactly()
    {
        Assert.True(Capabilities.Default.ToGoObject().TryGetField("APIVersions", out object? apis));
        var set = Assert.IsType<VersionSet>(apis);

        Assert.True(set.Has("apps/v1"));
        Assert.True(set.Has("networking.k8s.io/v1"));
        Assert.False(set.Has("apps/v2"));
        Assert.True(set.TryGetMethod("Has", out var has));
        Assert.Equal(true, has?.Invoke(["batch/v1"]));
        Assert.Equal(57, set.Count);
    }

    [Fact]
    public void HelmVersion_FieldsInDeclarationOrder()
    {
        var build = Field(Capabilities.Default.ToGoObject(), "HelmVersion");

        Assert.Equal(["Version", "GitCommit", "GitTreeState", "GoVersion", "KubeClientVersion"], build.FieldNames);
        Assert.True(build.TryGetField("Version", out object? version));
        Assert.Equal("v4.1.4", version);
    }

    [Fact]
    public void Helm3Default_TypesVersionsAndBuildInfoAreHelm3172s()
    {
        var caps = Capabilities.Helm3Default.ToGoObject();
        var build = Field(caps, "HelmVersion");

        Assert.Equal("*chartutil.Capabilities", caps.Type.Name);
        Assert.Equal("chartutil.KubeVersion", Field(caps, "KubeVersion").Type.Name);
        Assert.Equal("v1.32.0", Field(caps, "KubeVersion").GoString());
        Assert.Equal(["Version", "GitCommit", "GitTreeState", "GoVersion"], build.FieldNames);
        Assert.True(caps.TryGetField("APIVersions", out object? apis));
        var set = Assert.IsType<VersionSet>(apis);
        Assert.Equal("chartutil.VersionSet", set.Type.Name);
        Assert.True(set.Has("networking.k8s.io/v1alpha1"));
        Assert.True(set.Has("storagemigration.k8s.io/v1alpha1"));
        Assert.False(set.Has("resource.k8s.io/v1"));
        Assert.Equal(56, set.Count);
    }

    [Fact]
    public void With_KubeVersionAndApis_ReplacesVersionAndAppendsApis()
    {
        var caps = Capabilities.Default.With(KubeVersionInfo.Parse("v1.33.4-gke.1", 4), ["x/v1", "y/v2"]);

        Assert.Equal("v1.33.4-gke.1", caps.KubeVersion);
        Assert.Equal("v1.33.4", caps.KubeVersionString);
        Assert.Equal("33", caps.KubeMinor);
        Assert.Equal(["x/v1", "y/v2"], caps.ApiVersions.TakeLast(2));
        Assert.Equal(Capabilities.DefaultApiVersions.Count + 2, caps.ApiVersions.Count);
        Assert.Equal("v1.33.4", Field(caps.ToGoObject(), "KubeVersion").GoString());
    }

    [Fact]
    public void KubeVersion_Helm4_HasUnexportedNormalizedFieldForPrintingButNotJson()
    {
        var kube = Field(Capabilities.Default.ToGoObject(), "KubeVersion");

        Assert.Equal(["Version", "normalizedVersion", "Major", "Minor"], kube.FieldNames);
        Assert.True(kube.StringRequiresAddress);
        Assert.Equal("{\"Version\":\"v1.35.0\",\"Major\":\"1\",\"Minor\":\"35\"}", GoJson.Serialize(kube, escapeHtml: true));
    }
}
