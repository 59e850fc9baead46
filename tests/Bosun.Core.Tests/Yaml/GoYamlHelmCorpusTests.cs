using Bosun.Core.Values;
using Bosun.Core.Yaml;

namespace Bosun.Core.Tests.Yaml;

/// <summary>
/// The recorded helm corpora (GoYamlHelmCorpus.*.cs): every input must give byte for byte what helm v4.1.4
/// printed (helm v3.17.2 printed the same for all of them).
/// </summary>
public sealed class GoYamlHelmCorpusTests
{
    public static TheoryData<string, string> FromYamlCases => Data(GoYamlHelmCorpus.FromYaml);

    public static TheoryData<string, string> ToYamlCases => Data(GoYamlHelmCorpus.ToYaml);

    public static TheoryData<string, string> ToYamlPrettyCases => Data(GoYamlHelmCorpus.ToYamlPretty);

    [Theory]
    [MemberData(nameof(FromYamlCases))]
    public void DeserializeMap_HelmRecordedInput_PrintsAsHelmFromYamlToJson(string yaml, string expected)
    {
        Assert.Equal(expected, GoJson.Serialize(FromYaml(yaml), escapeHtml: true));
    }

    [Theory]
    [MemberData(nameof(ToYamlCases))]
    public void Serialize_HelmRecordedValue_PrintsAsHelmToYaml(string json, string expected)
    {
        Assert.Equal(expected, ToYaml(json, GoYaml.Serialize));
    }

    [Theory]
    [MemberData(nameof(ToYamlPrettyCases))]
    public void SerializePretty_HelmRecordedValue_PrintsAsHelmToYamlPretty(string json, string expected)
    {
        Assert.Equal(expected, ToYaml(json, GoYaml.SerializePretty));
    }

    [Fact]
    public void Corpora_RecordedWithBothHelmVersions_AgreeBetweenVersions()
    {
        var all = GoYamlHelmCorpus.FromYaml.Concat(GoYamlHelmCorpus.ToYaml).Concat(GoYamlHelmCorpus.ToYamlPretty).ToList();
        Assert.True(all.Count > 800);
        Assert.All(all, row => Assert.Null(row.Helm3));
    }

    /// <summary>helm's fromYaml: the map, or a map holding the error under "Error".</summary>
    internal static GoMap FromYaml(string yaml)
    {
        try
        {
            return GoYaml.DeserializeMap(yaml);
        }
        catch (GoYamlException e)
        {
            var map = new GoMap();
            map["Error"] = e.Message;
            return map;
        }
    }

    /// <summary>helm's <c>fromJson | toYaml</c>: toYaml swallows errors and trims the final newline.</summary>
    private static string ToYaml(string json, Func<object?, string> serialize)
    {
        var value = GoJson.DeserializeMap(json, out string? error) ?? new GoMap();
        if (error is not null)
        {
            value["Error"] = error;
        }

        try
        {
            string yaml = serialize(value);
            return yaml.EndsWith('\n') ? yaml[..^1] : yaml;
        }
        catch (GoYamlException)
        {
            return string.Empty;
        }
    }

    private static TheoryData<string, string> Data((string Input, string Helm4, string? Helm3)[] rows)
    {
        var data = new TheoryData<string, string>();
        foreach (var row in rows)
        {
            data.Add(row.Input, row.Helm4);
        }

        return data;
    }
}
