using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Apply;

/// <summary>The 409 message kube-apiserver builds from apply conflicts (apimachinery <c>internal/conflict.go</c>).</summary>
public static class FieldConflicts
{
    /// <summary>
    /// <c>Apply failed with 1 conflict: conflict with "kubectl": .spec.replicas</c>, or for several:
    /// <c>Apply failed with 2 conflicts: conflicts with "kubectl":\n- .spec.replicas\n- .spec.template…</c>
    /// (managers sorted, paths in the order given).
    /// </summary>
    public static string Message(IReadOnlyList<FieldConflict> conflicts)
    {
        if (conflicts.Count == 1)
        {
            return $"Apply failed with 1 conflict: {conflicts[0].CauseMessage}: {conflicts[0].Path}";
        }
        var lines = new List<string>();
        foreach (var group in conflicts.GroupBy(c => c.PrintedManager).OrderBy(g => Identifier(g.First()), StringComparer.Ordinal))
        {
            lines.Add($"conflicts with {group.Key}:");
            lines.AddRange(group.Select(c => "- " + c.Path));
        }
        return $"Apply failed with {conflicts.Count} conflicts: {string.Join("\n", lines)}";
    }

    /// <summary>The manager identifier the server sorts by: the entry's JSON without time and fields.</summary>
    internal static string Identifier(FieldConflict c) => ManagerEntry.IdentifierOf(c.Manager, c.Operation, c.Operation == "Update" ? c.ApiVersion : null, c.Subresource);

    /// <summary>
    /// The 409 Status body (apimachinery <c>NewApplyConflict</c>):
    /// <c>{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":…,"reason":"Conflict",
    /// "details":{"causes":[{"reason":"FieldManagerConflict","message":"conflict with \"kubectl\"","field":".spec.replicas"}]},"code":409}</c>.
    /// </summary>
    public static JsonObject ToStatus(IReadOnlyList<FieldConflict> conflicts) => new()
    {
        ["kind"] = "Status",
        ["apiVersion"] = "v1",
        ["metadata"] = new JsonObject(),
        ["status"] = "Failure",
        ["message"] = Message(conflicts),
        ["reason"] = "Conflict",
        ["details"] = new JsonObject
        {
            ["causes"] = new JsonArray(conflicts.Select(c => (JsonNode)new JsonObject
            {
                ["reason"] = "FieldManagerConflict",
                ["message"] = c.CauseMessage,
                ["field"] = c.Path,
            }).ToArray()),
        },
        ["code"] = 409,
    };
}
