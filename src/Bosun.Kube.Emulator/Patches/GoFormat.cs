using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Patches;

/// <summary>Go's <c>%v</c> of decoded JSON (<c>map[a:1 b:x]</c>, <c>[1 2]</c>, <c>&lt;nil&gt;</c>), as strategic-merge-patch errors print values.</summary>
internal static class GoFormat
{
    public static string Value(JsonNode? node) => node switch
    {
        null => "<nil>",
        JsonObject o => "map[" + string.Join(" ", o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ":" + Value(p.Value))) + "]",
        JsonArray a => "[" + string.Join(" ", a.Select(Value)) + "]",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => Number(v),
        },
        _ => node.ToJsonString(),
    };

    private static string Number(JsonValue v)
    {
        var d = double.Parse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        if (d == Math.Floor(d) && Math.Abs(d) < 1e21)
        {
            return d.ToString("0", CultureInfo.InvariantCulture);
        }
        return d.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "e+").Replace("E-", "e-");
    }
}
