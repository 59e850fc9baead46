using System.Text.Json;
using Bosun.Core.Values;

namespace Bosun.Templating.Tests;

/// <summary>Builds template data from JSON the way helm's values arrive: objects → maps, arrays → slices, numbers → float64.</summary>
internal static class GoJsonValues
{
    public static object? Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Convert(document.RootElement);
    }

    private static object? Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ToMap(element),
        JsonValueKind.Array => new GoList(element.EnumerateArray().Select(Convert)),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static GoMap ToMap(JsonElement element)
    {
        var map = new GoMap();
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = Convert(property.Value);
        }

        return map;
    }
}
