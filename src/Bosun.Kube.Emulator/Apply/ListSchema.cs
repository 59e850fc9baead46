using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Apply;

/// <summary>
/// A list: atomic, a set of scalars, or an associative list keyed by <see cref="Keys"/> (missing key fields take
/// <see cref="KeyDefaults"/>, e.g. a port's <c>protocol</c> defaults to <c>TCP</c>).
/// </summary>
public sealed class ListSchema(
    MergeSchema element,
    ListType type,
    IReadOnlyList<string>? keys = null,
    IReadOnlyDictionary<string, JsonNode?>? keyDefaults = null) : MergeSchema
{
    public MergeSchema Element { get; } = element;

    public ListType Type { get; } = type;

    public IReadOnlyList<string> Keys { get; } = keys ?? [];

    public IReadOnlyDictionary<string, JsonNode?> KeyDefaults { get; } = keyDefaults ?? new Dictionary<string, JsonNode?>();

    /// <summary>An atomic list of anything.</summary>
    public static ListSchema AtomicOf(MergeSchema element) => new(element, ListType.Atomic);
}
