using Bosun.Core.Diagnostics;
using Bosun.Engine.Charts.Rendering;

namespace Bosun.Engine.Tests.Charts.Rendering;

public class ReleaseNamesTests
{
    [Fact]
    public void Resolve_ChartOnly_IsReleaseName()
    {
        Assert.Equal("release-name", ReleaseNames.Resolve(new HelmTemplateRequest { ChartPath = "c" }));
    }

    [Fact]
    public void Resolve_ChartOnlyWithGenerateName_KeepsReleaseNameAsHelmTemplate()
    {
        Assert.Equal("release-name", ReleaseNames.Resolve(new HelmTemplateRequest { ChartPath = "c", GenerateName = true }));
    }

    [Fact]
    public void Resolve_NameTemplate_RendersWithSprigAndNilData()
    {
        var request = new HelmTemplateRequest { ChartPath = "c", NameTemplate = "{{ \"AB\" | lower }}-{{ .x }}" };

        Assert.Equal("ab-<no value>", ReleaseNames.Resolve(request));
    }

    [Fact]
    public void Resolve_NameTemplateWithHelmFunction_FailsAsGo()
    {
        var request = new HelmTemplateRequest { ChartPath = "c", NameTemplate = "{{ toYaml 1 }}" };

        var ex = Assert.Throws<BosunException>(() => ReleaseNames.Resolve(request));

        Assert.Equal("template: name-template:1: function \"toYaml\" not defined", ex.Diagnostic.Message);
    }

    [Fact]
    public void Resolve_NameAndNameTemplate_Conflict()
    {
        var request = new HelmTemplateRequest { ChartPath = "c", Name = "a", NameTemplate = "x" };

        var ex = Assert.Throws<BosunException>(() => ReleaseNames.Resolve(request));

        Assert.Equal("cannot set --name-template and also specify a name", ex.Diagnostic.Message);
    }

    [Theory]
    [InlineData("a", 4)]
    [InlineData("a.b-c9", 4)]
    [InlineData("a.b-c9", 3)]
    public void Validate_ValidName_Passes(string name, int major) => ReleaseNames.Validate(name, major);

    [Theory]
    [InlineData("Bad", 4, "release name check failed: release name \"Bad\": invalid release name, must match regex ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ and the length must not be longer than 53")]
    [InlineData("Bad", 3, "release name \"Bad\": invalid release name, must match regex ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ and the length must not be longer than 53")]
    [InlineData("", 4, "release name check failed: release name \"\": no name provided")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 3, "release name \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\": invalid release name, must match regex ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ and the length must not be longer than 53")]
    public void Validate_InvalidName_ThrowsHelmText(string name, int major, string message)
    {
        var ex = Assert.Throws<BosunException>(() => ReleaseNames.Validate(name, major));

        Assert.Equal(message, ex.Diagnostic.Message);
    }
}
