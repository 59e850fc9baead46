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
}
