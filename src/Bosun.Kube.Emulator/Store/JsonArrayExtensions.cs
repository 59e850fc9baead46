using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Store;

/// <summary>
/// <see cref="JsonArray.Add(JsonNode?)"/> without the generic <c>Add&lt;T&gt;</c> overload that C# prefers for a
/// <see cref="JsonObject"/> or string argument (reflection-based, not NativeAOT-safe).
/// </summary>
internal static class JsonArrayExtensions
{
    public static void Push(this JsonArray array, JsonNode? node) => array.Add(node);
}
