using Bosun.Core.Diagnostics;
using Bosun.Core.Values;
using Bosun.Core.Yaml;
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

    private static ChartMetadata ReadYaml(string yaml, int helmMajor = 4) =>
        ChartMetadataReader.Read(GoYaml.Deserialize(yaml), helmMajor);

    private static Diagnostic FailsYaml(string yaml, int helmMajor = 4) =>
        Assert.Throws<BosunException>(() => ReadYaml(yaml, helmMajor)).Diagnostic;

    [Fact]
    public void Read_NumbersAndBoolsInStringFields_AreCoercedLikeSigsYaml()
    {
        // Oracle: helm4 show chart on this Chart.yaml.
        var md = ReadYaml("apiVersion: v2\nname: 12\nversion: 1.0\nappVersion: 1.10\ndescription: true\n" +
            "keywords: [1, 2.5, true, 1e3, 0x1F, 1.0e+20, 3.0]\nannotations: {a: 1, b: 1.50, c: ~}\n");

        Assert.Equal(("12", "1", "1.1", "true"), (md.Name, md.Version, md.AppVersion, md.Description));
        Assert.Equal(["1", "2.5", "true", "1000", "31", "1e+20", "3"], md.Keywords.ToArray());
        Assert.Equal(["1", "1.5", ""], md.Annotations?.Values);
    }

    [Theory]
    [InlineData("deprecated: \"true\"", "string into Go struct field Metadata.deprecated of type bool")]
    [InlineData("deprecated: 1", "number into Go struct field Metadata.deprecated of type bool")]
    [InlineData("annotations: {a: 1, b: [1]}", "array into Go struct field Metadata.annotations of type string")]
    [InlineData("annotations: [1]", "array into Go struct field Metadata.annotations of type map[string]string")]
    [InlineData("keywords: a", "string into Go struct field Metadata.keywords of type []string")]
    [InlineData("keywords: [[a]]", "array into Go struct field Metadata.keywords of type string")]
    [InlineData("maintainers: [1]", "number into Go struct field Metadata.maintainers of type v2.Maintainer")]
    [InlineData("maintainers: [{name: [x]}]", "array into Go struct field Maintainer.maintainers.name of type string")]
    [InlineData("dependencies: 3", "number into Go struct field Metadata.dependencies of type []*v2.Dependency")]
    [InlineData("dependencies: [{name: redis, tags: a}]", "string into Go struct field Dependency.dependencies.tags of type []string")]
    [InlineData("dependencies: [{name: [1], enabled: yes}]", "array into Go struct field Dependency.dependencies.name of type string")]
    [InlineData("dependencies: [{name: a, enabled: 1}]", "number into Go struct field Dependency.dependencies.enabled of type bool")]
    [InlineData("dependencies: [{name: a, import-values: x}]", "string into Go struct field Dependency.dependencies.import-values of type []interface {}")]
    [InlineData("description: {a: 1}", "object into Go struct field Metadata.description of type string")]
    public void Read_WrongFieldType_FailsLikeJsonUnmarshal(string line, string tail)
    {
        var diagnostic = FailsYaml("apiVersion: v2\nname: app\nversion: 1.0.0\n" + line + "\n");

        Assert.Equal("BOSUN3003", diagnostic.Code);
        Assert.Equal("cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal " + tail, diagnostic.Message);
    }

    [Fact]
    public void Read_WrongTypeWithHelm3_NamesChartPackage()
    {
        Assert.Equal(
            "cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal number into Go struct field Metadata.dependencies of type []*chart.Dependency",
            FailsYaml("apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies: 3\n", helmMajor: 3).Message);
    }

    [Fact]
    public void Read_NotAMap_FailsLikeJsonUnmarshal()
    {
        Assert.Equal(
            "cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type v2.Metadata",
            FailsYaml("- a\n").Message);
    }

    [Fact]
    public void Read_FirstTypeErrorInSortedKeyOrder_IsReported()
    {
        Assert.Equal(
            "cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go struct field Metadata.description of type string",
            FailsYaml("apiVersion: v2\nname: app\nversion: 1.0.0\nkeywords: x\ndescription: [1]\n").Message);
    }

    [Fact]
    public void Read_KeysMatchCaseInsensitively_LikeEncodingJson()
    {
        var md = ReadYaml("apiVersion: v2\nName: upper\nVERSION: 2.0.0\n");

        Assert.Equal(("upper", "2.0.0"), (md.Name, md.Version));
    }

    [Fact]
    public void Read_Dependencies_AreParsedInFull()
    {
        var md = ReadYaml("""
            apiVersion: v2
            name: app
            version: 1.0.0
            dependencies:
              - name: redis
                version: ~17.0
                repository: https://charts.example.com
                condition: redis.enabled,global.redis
                tags: [cache, 1]
                import-values:
                  - data
                  - child: a.b
                    parent: c
                alias: cache_1
              - name: "pg\tsql"
                enabled: false
            """);

        var redis = md.Dependencies[0];
        Assert.Equal(
            ("redis", "~17.0", "https://charts.example.com", "redis.enabled,global.redis", "cache_1", true),
            (redis.Name, redis.Version, redis.Repository, redis.Condition, redis.Alias, redis.Enabled));
        Assert.Equal(["cache", "1"], redis.Tags.ToArray());
        Assert.Equal("data", redis.ImportValues[0]);
        var pair = Assert.IsType<GoMap>(redis.ImportValues[1]);
        Assert.Equal(("a.b", "c"), (pair["child"], pair["parent"]));
        Assert.Equal(("pg sql", false), (md.Dependencies[1].Name, md.Dependencies[1].Enabled));
    }

    [Theory]
    [InlineData("- name: redis\n- name: redis\n", "validation: more than one dependency with name or alias \"redis\"")]
    [InlineData("- name: redis\n- name: pg\n  alias: redis\n", "validation: more than one dependency with name or alias \"redis\"")]
    [InlineData("- name: redis\n  alias: a.b\n", "validation: dependency \"redis\" has disallowed characters in the alias")]
    [InlineData("- \n", "validation: dependencies must not contain empty or null nodes")]
    public void Read_InvalidDependencies_FailValidation(string dependencies, string message)
    {
        var diagnostic = FailsYaml("apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n" + dependencies);

        Assert.Equal("BOSUN3004", diagnostic.Code);
        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void Read_SameNameDifferentAliases_IsAccepted()
    {
        var md = ReadYaml("apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n- name: r\n  alias: a\n- name: r\n  alias: b\n");

        Assert.Equal(["a", "b"], md.Dependencies.Select(d => d.Alias));
    }

    [Fact]
    public void Read_NameWithTrailingSlash_IsInvalid()
    {
        Assert.Equal("validation: chart.metadata.name \"app/\" is invalid", FailsYaml("apiVersion: v2\nname: app/\nversion: 1.0.0\n").Message);
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
