using System.Text.Json;
using Bosun.Core.Values;

namespace Bosun.Templating.Tests.Oracle.Fixtures;

/// <summary>
/// <c>.Chart</c> for chart <c>c</c> 0.1.0 (plus a case's extra Chart.yaml fields): helm v4 gives
/// <c>structToMap(metadata)</c> + IsRoot (a <c>map[string]interface {}</c>), helm v3 the anonymous struct
/// <c>struct { chart.Metadata; IsRoot bool }</c>.
/// </summary>
internal static class ChartFixture
{
    private static readonly GoType s_maintainers = new("[]*chart.Maintainer", GoKind.Slice,
        new GoType("*chart.Maintainer", GoKind.Ptr, new GoType("chart.Maintainer", GoKind.Struct, isNamed: true)));

    private static readonly GoType s_dependencies = new("[]*chart.Dependency", GoKind.Slice,
        new GoType("*chart.Dependency", GoKind.Ptr, new GoType("chart.Dependency", GoKind.Struct, isNamed: true)));

    /// <summary>Metadata fields in declaration order with their Chart.yaml (JSON) names.</summary>
    private static readonly (string Field, string Json)[] s_fields =
    [
        ("Name", "name"), ("Home", "home"), ("Sources", "sources"), ("Version", "version"),
        ("Description", "description"), ("Keywords", "keywords"), ("Maintainers", "maintainers"),
        ("Icon", "icon"), ("APIVersion", "apiVersion"), ("Condition", "condition"), ("Tags", "tags"),
        ("AppVersion", "appVersion"), ("Deprecated", "deprecated"), ("Annotations", "annotations"),
        ("KubeVersion", "kubeVersion"), ("Dependencies", "dependencies"), ("Type", "type"),
    ];

    public static object Create(int helmMajor, IReadOnlyDictionary<string, JsonElement> extra)
    {
        var chartYaml = new Dictionary<string, JsonElement>(extra)
        {
            ["apiVersion"] = JsonSerializer.SerializeToElement("v2"),
            ["name"] = JsonSerializer.SerializeToElement("c"),
            ["version"] = JsonSerializer.SerializeToElement("0.1.0"),
        };
        return helmMajor >= 4 ? CreateMap(chartYaml) : CreateStruct(chartYaml);
    }

    private static GoMap CreateMap(Dictionary<string, JsonElement> chartYaml)
    {
        var map = new GoMap();
        foreach (var (field, json) in s_fields)
        {
            chartYaml.TryGetValue(json, out var value);
            map[field] = field switch
            {
                "Sources" or "Keywords" => new GoList(Strings(value)),
                "Maintainers" or "Dependencies" => new GoList(),
                "Deprecated" => GoValue.Bool(value.ValueKind == JsonValueKind.True),
                "Annotations" => Annotations(value),
                _ => Text(value),
            };
        }

        map["IsRoot"] = GoValue.True;
        return map;
    }

    private static HostStruct CreateStruct(Dictionary<string, JsonElement> chartYaml)
    {
        var fields = new List<KeyValuePair<string, object?>>();
        foreach (var (field, json) in s_fields)
        {
            bool present = chartYaml.TryGetValue(json, out var value);
            object? fieldValue = field switch
            {
                "Sources" or "Keywords" => new GoList(GoType.SliceOfString, [.. Strings(value)]) { IsNil = !present },
                "Maintainers" => new GoList(s_maintainers, []) { IsNil = true },
                "Dependencies" => new GoList(s_dependencies, []) { IsNil = true },
                "Deprecated" => GoValue.Bool(value.ValueKind == JsonValueKind.True),
                "Annotations" => Annotations(value),
                _ => Text(value),
            };
            fields.Add(HostStruct.Field(field, fieldValue));
        }

        // chart.Metadata tags every field `json:"<Chart.yaml name>,omitempty"`.
        var metadata = new HostStruct(
            new GoType("chart.Metadata", GoKind.Struct, isNamed: true),
            fields,
            jsonTags: s_fields.ToDictionary(f => f.Field, f => f.Json + ",omitempty"));
        return new HostStruct(
            new GoType("struct { chart.Metadata; IsRoot bool }", GoKind.Struct),
            [HostStruct.Field("Metadata", metadata), HostStruct.Field("IsRoot", GoValue.True)],
            embedded: metadata);
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Undefined or JsonValueKind.Null => string.Empty,
        _ => value.GetRawText(),
    };

    private static IEnumerable<object?> Strings(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(e => (object?)Text(e)) : [];

    private static GoMap Annotations(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return new GoMap(GoType.MapOfString) { IsNil = true };
        }

        var map = new GoMap(GoType.MapOfString);
        foreach (var property in value.EnumerateObject())
        {
            map[property.Name] = Text(property.Value);
        }

        return map;
    }
}
