using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Tests.Apply;

/// <summary>Test helpers: JSON written with single quotes for readability.</summary>
internal static class Json
{
    public static JsonObject Obj(string singleQuoted) => (JsonObject)JsonNode.Parse(singleQuoted.Replace('\'', '"'))!;

    public static JsonNode Node(string singleQuoted) => JsonNode.Parse(singleQuoted.Replace('\'', '"'))!;

    public static string Compact(JsonNode? node) => Bosun.Kube.Emulator.Apply.JsonValues.ToJson(node);

    public static string Q(string singleQuoted) => singleQuoted.Replace('\'', '"');
}
