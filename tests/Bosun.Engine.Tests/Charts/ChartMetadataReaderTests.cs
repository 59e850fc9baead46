using Bosun.Core.Diagnostics;
using Bosun.Core.Values;
using Bosun.Engine.Charts;

namespace Bosun.Engine.Tests.Charts;

public class ChartMetadataReaderTests
{
    private static GoMap Chart(params (string Key, object? Value)[] extra)
    {
        var map = new GoMap { ["apiVersion"] = "v2", ["name"] = "app", ["version"] = "1.0.0" };
        foreach (var (key, value) in extra)
        {
            map[key] = value;
        }

        return map;
    }

    private static Diagnostic Fails(GoMap map) =>
        Assert.Throws<BosunException>(() => ChartMetadataReader.Read(map)).Diagnostic;

    [Fact]
    public void Read_MinimalChart_HasDefaults()
    {
        var md = ChartMetadataReader.Read(Chart());

        Assert.Equal(("v2", "app", "1.0.0", ""), (md.ApiVersion, md.Name, md.Version, md.AppVersion));
        Assert.Null(md.Annotations);
        Assert.Empty(md.Keywords);
    }

    [Fact]
    public void Read_NoApiVersion_DefaultsToV1()
    {
        var map = Chart();
        map.Entries.Remove("apiVersion");

        Assert.Equal("v1", ChartMetadataReader.Read(map).ApiVersion);
    }

    [Fact]
    public void Read_ControlCharacters_AreSanitised()
    {
        var md = ChartMetadataReader.Read(Chart(("description", "a\tb\u0007c")));

        Assert.Equal("a bc", md.Description);
    }

    [Theory]
    [InlineData("name", "", "validation: chart.metadata.name is required")]
    [InlineData("name", "..", "validation: chart.metadata.name \"..\" is not allowed")]
    [InlineData("name", "a/b", "validation: chart.metadata.name \"a/b\" is invalid")]
    [InlineData("version", "", "validation: chart.metadata.version is required")]
    [InlineData("version", "one", "validation: chart.metadata.version \"one\" is invalid")]
    [InlineData("type", "plugin", "validation: chart.metadata.type must be application or library")]
    public void Read_InvalidField_FailsWithHelmValidationMessage(string key, string value, string message)
    {
        var diagnostic = Fails(Chart((key, value)));

        Assert.Equal("BOSUN3004", diagnostic.Code);
        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void Read_NumericVersion_FailsLikeJsonUnmarshal()
    {
        var diagnostic = Fails(Chart(("version", 1.0)));

        Assert.Equal("BOSUN3003", diagnostic.Code);
        Assert.Equal(
            "cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal number into Go struct field Metadata.version of type string",
            diagnostic.Message);
    }

    [Theory]
    [InlineData("1.0.0")]
    [InlineData("v1.2")]
    [InlineData("1")]
    [InlineData("1.2.3-rc.1+build.5")]
    public void Read_LooseSemver_IsAccepted(string version) =>
        Assert.Equal(version, ChartMetadataReader.Read(Chart(("version", version))).Version);

    [Fact]
    public void Read_ListsAndMaintainers_AreRead()
    {
        var md = ChartMetadataReader.Read(Chart(
            ("keywords", new GoList(["a", "b"])),
            ("maintainers", new GoList([new GoMap { ["name"] = "n", ["email"] = "e" }])),
            ("annotations", new GoMap { ["z"] = "1", ["a"] = "2" })));

        Assert.Equal(["a", "b"], md.Keywords.ToArray());
        Assert.Equal(new ChartMaintainer("n", "e", string.Empty), Assert.Single(md.Maintainers));
        Assert.Equal(["a", "z"], md.Annotations?.Keys);
    }

    [Fact]
    public void Read_NullMaintainer_FailsValidation()
    {
        Assert.Equal(
            "validation: maintainers must not contain empty or null nodes",
            Fails(Chart(("maintainers", new GoList([null])))).Message);
    }
}
