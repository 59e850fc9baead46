using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Apply;

/// <summary>The merged object, or (when not forced) the conflicts that stopped the apply and no object.</summary>
public sealed record ApplyResult(JsonObject? Object, IReadOnlyList<FieldConflict> Conflicts);
