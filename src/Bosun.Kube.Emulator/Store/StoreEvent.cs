using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Store;

/// <summary>One change in the event log: ADDED, MODIFIED or DELETED of an object snapshot at a resourceVersion.</summary>
public sealed record StoreEvent(long ResourceVersion, string Type, string StoreKey, string Namespace, string Name, JsonObject Object)
{
    /// <summary>For MODIFIED: the object before the change (watches filtered by selectors turn a change into ADDED or DELETED).</summary>
    public JsonObject? Previous { get; init; }
}
