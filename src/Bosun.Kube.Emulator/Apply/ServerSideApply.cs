using System.Globalization;
using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Apply;

/// <summary>
/// Field ownership as kube-apiserver's structured-merge-diff does it: server-side apply of an applied
/// configuration, and the ownership bookkeeping of ordinary writes (create, update, patch).
/// The store and HTTP layer (kube-emu) call these; they never touch resourceVersion, uid or generation.
/// </summary>
/// <remarks>
/// Call order, as in kube-apiserver: POST → <see cref="Update"/>(null, body); PUT → <see cref="Update"/>(live, body);
/// JSON/merge/strategic PATCH → <c>PatchApplier.Apply</c> then <see cref="Update"/>(live, patched); apply PATCH →
/// <see cref="Apply"/>(live or null, body) (409 from <see cref="FieldConflicts.ToStatus"/> when conflicts come back).
/// Then default server-set fields, check <c>ImmutableFields</c> against live, bump generation/resourceVersion and
/// compare with live (ignoring nothing else) to skip no-op writes. Schema: <see cref="MergeSchema.ForBuiltIn"/> or
/// <see cref="MergeSchema.FromOpenApiV3"/>; set <see cref="ApplyContext.HasStatusSubresource"/> from the kind.
/// </remarks>
public static partial class ServerSideApply
{
    /// <summary>
    /// Applies <paramref name="config"/> (the whole applied configuration, as sent in an
    /// <c>application/apply-patch+yaml</c> body, already parsed) onto <paramref name="live"/> (null when the object
    /// does not exist yet) for <see cref="ApplyContext.Manager"/>. Returns the merged object with rewritten
    /// <c>metadata.managedFields</c>, or the conflicts (when not forced) and no object.
    /// </summary>
    /// <exception cref="ApplyException">The configuration carries managedFields (400) or cannot be typed (500: duplicate keys, unkeyed items).</exception>
    public static ApplyResult Apply(JsonObject? live, JsonObject config, ApplyContext context)
    {
        var schema = context.Schema;
        var liveObj = WithoutManagedFields(live);
        var managers = ReadManagers(live);

        if ((config["metadata"] as JsonObject)?["managedFields"] is not null)
        {
            throw new ApplyException("metadata.managedFields must be nil", 400);
        }
        var typingErrors = ConfigValidator.Errors(config, schema);
        if (typingErrors.Count > 0)
        {
            throw new ApplyException($"failed to create typed patch object ({ObjectName(config)}): {ConfigValidator.Join(typingErrors)}");
        }
        var cfg = (JsonObject)config.DeepClone();
        RemoveManagedFields(cfg);
        cfg = SplitForApply(cfg, context);

        var apiVersion = StringAt(cfg, "apiVersion") ?? StringAt(liveObj, "apiVersion") ?? "";
        var merged = ObjectMerger.Merge(liveObj, cfg, schema) as JsonObject ?? new JsonObject();
        var applied = FieldSetBuilder.ToFieldSet(cfg, schema);

        var key = ManagerEntry.IdentifierOf(context.Manager, "Apply", null, context.Subresource);
        var mine = managers.FirstOrDefault(m => m.Identifier == key);
        var lastSet = mine?.Fields;
        if (mine is null)
        {
            mine = new ManagerEntry(context.Manager, "Apply", apiVersion, null, context.Subresource, applied);
            managers.Add(mine);
        }
        mine.Fields = applied;
        mine.ApiVersion = apiVersion;

        if (lastSet is not null && !lastSet.IsEmpty)
        {
            merged = Prune(merged, lastSet, managers, schema);
        }

        var cmp = ObjectComparer.Compare(liveObj, merged, schema);
        var conflicts = new List<(ManagerEntry Entry, FieldSet Set)>();
        var changed = cmp.Modified.Union(cmp.Added);
        foreach (var other in managers)
        {
            if (ReferenceEquals(other, mine))
            {
                continue;
            }
            var c = other.Fields.Intersection(changed);
            if (!c.IsEmpty)
            {
                conflicts.Add((other, c));
            }
        }
        if (conflicts.Count > 0 && !context.Force)
        {
            return new ApplyResult(null, ToConflicts(conflicts));
        }
        foreach (var (entry, set) in conflicts)
        {
            entry.Fields = entry.Fields.Difference(set);
        }
        foreach (var other in managers)
        {
            if (!ReferenceEquals(other, mine) && !cmp.Removed.IsEmpty)
            {
                other.Fields = other.Fields.Difference(cmp.Removed);
            }
        }
        mine.Fields = mine.Fields.Difference(s_stripped);

        // Like managedFieldsUpdater: the time moves only when the object changed; a no-op apply by a new manager
        // records an entry without a time.
        if (!JsonValues.DeepEquals(liveObj, merged))
        {
            mine.Time = FormatTime(context.Now);
        }
        SetManagedFields(merged, managers);
        return new ApplyResult(merged, []);
    }

    /// <summary>
    /// Ownership for a non-apply write: the fields that differ between <paramref name="live"/> (null on create)
    /// and <paramref name="updated"/> move to <see cref="ApplyContext.Manager"/> with operation <c>Update</c>.
    /// Returns <paramref name="updated"/> with its <c>metadata.managedFields</c> rewritten (a copy; with a status
    /// subresource, a main-resource write keeps the live <c>.status</c> and a <c>/status</c> write keeps everything
    /// else from <paramref name="live"/>).
    /// </summary>
    public static JsonObject Update(JsonObject? live, JsonObject updated, ApplyContext context)
    {
        var schema = context.Schema;
        var liveObj = WithoutManagedFields(live);
        var managers = ReadManagersForUpdate(live, updated, context.Subresource);

        var newObj = (JsonObject)updated.DeepClone();
        RemoveManagedFields(newObj);
        newObj = SplitForUpdate(live is null ? null : liveObj, newObj, context);

        var apiVersion = StringAt(newObj, "apiVersion") ?? StringAt(liveObj, "apiVersion") ?? "";
        var cmp = ObjectComparer.Compare(live is null ? new JsonObject() : liveObj, newObj, schema);
        var taken = cmp.Modified.Union(cmp.Added);
        foreach (var other in managers)
        {
            other.Fields = other.Fields.Difference(taken).Difference(cmp.Removed);
        }
        var current = taken.Difference(s_stripped);
        if (!current.IsEmpty)
        {
            var key = ManagerEntry.IdentifierOf(context.Manager, "Update", apiVersion, context.Subresource);
            var previous = managers.FirstOrDefault(m => m.Identifier == key);
            if (previous is null)
            {
                managers.Add(new ManagerEntry(context.Manager, "Update", apiVersion, FormatTime(context.Now), context.Subresource, current));
            }
            else
            {
                previous.Fields = previous.Fields.Union(current);
                previous.Time = FormatTime(context.Now);
            }
        }
        CapUpdateManagers(managers);
        SetManagedFields(newObj, managers);
        return newObj;
    }

    /// <summary>The most Update entries an object keeps; older ones merge into <c>ancient-changes</c> (capmanagers.go).</summary>
    public const int MaxUpdateManagers = 10;

    private static void CapUpdateManagers(List<ManagerEntry> managers)
    {
        var updaters = managers.Where(m => m.Operation == "Update").ToList();
        if (updaters.Count <= MaxUpdateManagers)
        {
            return;
        }
        updaters = updaters.OrderBy(m => m.Time ?? "", StringComparer.Ordinal).ThenBy(m => m.Identifier, StringComparer.Ordinal).ToList();
        var firstByVersion = new Dictionary<string, ManagerEntry>();
        var buckets = new Dictionary<string, ManagerEntry>();
        var length = updaters.Count;
        for (var i = 0; i < updaters.Count && length > MaxUpdateManagers; i++)
        {
            var entry = updaters[i];
            if (!firstByVersion.TryGetValue(entry.ApiVersion, out var first))
            {
                firstByVersion[entry.ApiVersion] = entry;
                continue;
            }
            if (!buckets.TryGetValue(entry.ApiVersion, out var bucket))
            {
                bucket = managers.FirstOrDefault(m => m.Identifier == ManagerEntry.IdentifierOf(AncientChanges, "Update", entry.ApiVersion, null));
                if (bucket is null)
                {
                    managers.Remove(first);
                    bucket = new ManagerEntry(AncientChanges, "Update", entry.ApiVersion, first.Time, null, first.Fields);
                    managers.Add(bucket);
                }
                buckets[entry.ApiVersion] = bucket;
            }
            bucket.Fields = entry.Fields.Union(bucket.Fields);
            bucket.Time = entry.Time;
            managers.Remove(entry);
            length--;
        }
    }

    private const string AncientChanges = "ancient-changes";

    /// <summary>The time format of managedFields: RFC 3339 in UTC, whole seconds.</summary>
    public static string FormatTime(DateTimeOffset t) =>
        t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static readonly FieldSet s_stripped = FieldSet.Of(
        FieldPath.Of("apiVersion"),
        FieldPath.Of("kind"),
        FieldPath.Of("metadata"),
        FieldPath.Of("metadata", "name"),
        FieldPath.Of("metadata", "namespace"),
        FieldPath.Of("metadata", "creationTimestamp"),
        FieldPath.Of("metadata", "selfLink"),
        FieldPath.Of("metadata", "uid"),
        FieldPath.Of("metadata", "clusterName"),
        FieldPath.Of("metadata", "generation"),
        FieldPath.Of("metadata", "managedFields"),
        FieldPath.Of("metadata", "resourceVersion"));

    /// <summary>
    /// Removes what the manager applied last time and no longer applies, unless another manager (or the new
    /// configuration) still owns it (SMD <c>Updater.prune</c> with its add-back passes).
    /// </summary>
    private static JsonObject Prune(JsonObject merged, FieldSet lastSet, List<ManagerEntry> managers, MergeSchema schema)
    {
        var owned = new FieldSet();
        foreach (var m in managers)
        {
            owned = owned.Union(m.Fields);
        }
        var mergedSet = SchemaShapes.EnsureNamedFieldsAreMembers(FieldSetBuilder.ToFieldSet(merged, schema), schema);
        var last = SchemaShapes.EnsureNamedFieldsAreMembers(lastSet, schema);
        var keep = SchemaShapes.EnsureNamedFieldsAreMembers(owned, schema);
        var toRemove = last.Intersection(mergedSet).Difference(keep);
        return toRemove.IsEmpty ? merged : ItemRemover.RemoveItems(merged, toRemove, schema);
    }

    private static List<FieldConflict> ToConflicts(List<(ManagerEntry Entry, FieldSet Set)> conflicts) =>
        conflicts.OrderBy(c => c.Entry.Identifier, StringComparer.Ordinal)
            .SelectMany(c => c.Set.Paths().Select(p => new FieldConflict(c.Entry.Manager, p.ToString())
            {
                Operation = c.Entry.Operation,
                ApiVersion = c.Entry.Operation == "Update" ? c.Entry.ApiVersion : null,
                Subresource = c.Entry.Subresource,
            }))
            .ToList();
}
