using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Bosun.Core.Diagnostics;
using Bosun.Core.Values;
using Bosun.Engine.Charts;
using Bosun.Engine.Charts.Schema;
using Bosun.Testing;

namespace Bosun.Engine.Tests.Charts.Schema;

/// <summary>
/// Golden cases recorded from the real helm v4.1.4 and v3.17.2 (`helm template x ./c` with the case's
/// values.schema.json and values.yaml; the expected text is helm's error without "Error: " and the final
/// newline, or null when helm renders). One case per keyword and draft.
/// </summary>
public sealed class ChartSchemaValidatorOracleTests
{
    private static readonly string s_casesPath =
        RepoPaths.Combine("tests", "Bosun.Engine.Tests", "Charts", "Schema", "TestData", "helm-schema-cases.json");

    private static readonly Lazy<Dictionary<string, JsonElement>> s_cases = new(() =>
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(s_casesPath));
        return doc.RootElement.EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.Clone());
    });

    /// <summary>
    /// Cases where bosun knowingly differs from helm 3: gojsonschema rejects a urn: $ref as "must be canonical"
    /// (bosun, as helm 4, treats an unresolved urn: as the true schema) and ignores a 2020-12 "$anchor"
    /// reference (bosun resolves it).
    /// </summary>
    private static readonly HashSet<string> s_helm3Differences = ["urn_ref", "anchor_2020"];

    public static TheoryData<string> CaseNames() => Names(_ => true);

    public static TheoryData<string> Helm3CaseNames() => Names(n => !s_helm3Differences.Contains(n));

    private static TheoryData<string> Names(Func<string, bool> include)
    {
        var data = new TheoryData<string>();
        foreach (var name in s_cases.Value.Keys.Where(include))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Validate_Helm4Case_MatchesHelmMessage(string name) => AssertCase(name, 4, "v4");

    [Theory]
    [MemberData(nameof(Helm3CaseNames))]
    public void Validate_Helm3Case_MatchesHelmMessage(string name) => AssertCase(name, 3, "v3");

    private static void AssertCase(string name, int major, string key)
    {
        var c = s_cases.Value[name];
        var chart = new Chart(
            new ChartMetadata { Name = "c", Version = "0.1.0" },
            new GoMap(),
            ImmutableArray<ChartFile>.Empty,
            ImmutableArray<ChartFile>.Empty)
        {
            Schema = Encoding.UTF8.GetBytes(c.GetProperty("schema").GetString()!),
        };
        var values = ValuesLoader.Load(c.GetProperty("values").GetString()!);
        var expected = c.GetProperty(key);
        string? actual = null;
        try
        {
            ChartSchemaValidator.Validate(chart, values, major);
        }
        catch (BosunException ex)
        {
            Assert.Equal("BOSUN3200", ex.Diagnostic.Code);
            actual = ex.Diagnostic.Message;
        }

        Assert.Equal(expected.ValueKind == JsonValueKind.Null ? null : expected.GetString(), actual);
    }
}
