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
}
