using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Apply;

namespace Bosun.Kube.Emulator.Store;

/// <summary>
/// TEMPORARY stand-in for kube-ssa's <see cref="ServerSideApply"/> while it is a contract stub: field ownership
/// with maps merged granularly and every list atomic, conflicts on differing owned leaves, removal of fields a
/// manager stopped applying, Update entries for ordinary writes. Used only when the contract throws
/// <see cref="NotImplementedException"/>; delete it once kube-ssa's engine is merged.
/// </summary>
internal static class FallbackFieldManager
{
    private static readonly HashSet<string> s_strippedMeta =
        ["name", "namespace", "uid", "resourceVersion", "generation", "creationTimestamp", "managedFields", "selfLink",
         "deletionTimestamp", "deletionGracePeriodSeconds"];

    public static ApplyResult Apply(JsonObject? live, JsonObject config, string manager, bool force, string? subresource, DateTimeOffset now)
    {
        var applied = Leaves(config);
        var obj = live is null ? [] : Json.Clone(live);
        var entries = Entries(obj);
        var conflicts = new List<FieldConflict>();
        foreach (var entry in entries)
        {
            if (IsSame(entry, manager, "Apply", subresource))
            {
                continue;
            }

            foreach (var path in applied)
            {
                if (entry.Fields.Contains(path) && !Json.Equal(At(obj, path), At(config, path)))
                {
                    string who = entry.Operation == "Apply" ? $"\"{entry.Manager}\"" : $"\"{entry.Manager}\" using {entry.ApiVersion}";
                    conflicts.Add(new FieldConflict(who, "." + string.Join('.', path.Split('\u0001'))));
                }
            }
        }

        if (conflicts.Count > 0 && !force)
        {
            return new ApplyResult(null, conflicts);
        }

        foreach (var entry in entries)
        {
            if (!IsSame(entry, manager, "Apply", subresource))
            {
                int before = entry.Fields.Count;
                entry.Fields.ExceptWith(applied.Where(p => !Json.Equal(At(obj, p), At(config, p))));
                entry.Touched = entry.Fields.Count != before;
            }
        }

        var previous = entries.FirstOrDefault(e => IsSame(e, manager, "Apply", subresource))?.Fields ?? [];
        var stillOwned = new HashSet<string>(entries.Where(e => !IsSame(e, manager, "Apply", subresource)).SelectMany(e => e.Fields));
        Merge(obj, config);
        foreach (var path in previous)
        {
            if (!applied.Contains(path) && !stillOwned.Contains(path))
            {
                Remove(obj, path);
            }
        }

        var entryNew = new Entry(manager, "Apply", Json.Str(config["apiVersion"]), subresource, [.. applied]) { Touched = true };
        int at = entries.FindIndex(e => IsSame(e, manager, "Apply", subresource));
        if (at >= 0)
        {
            entries[at] = entryNew;
        }
        else
        {
            entries.Add(entryNew);
        }
        Write(obj, entries, now);
        return new ApplyResult(obj, []);
    }

    public static JsonObject Update(JsonObject? live, JsonObject updated, string manager, string? subresource, DateTimeOffset now)
    {
        var obj = Json.Clone(updated);
        var entries = live is null ? [] : Entries(live);
        var newLeaves = Leaves(obj);
        var changed = newLeaves.Where(p => live is null || !Json.Equal(At(live, p), At(obj, p))).ToHashSet();
        foreach (var entry in entries)
        {
            int before = entry.Fields.Count;
            entry.Fields.IntersectWith(newLeaves);
            if (!IsSame(entry, manager, "Update", subresource))
            {
                entry.Fields.ExceptWith(changed);
            }

            entry.Touched = entry.Fields.Count != before;
        }

        string apiVersion = Json.Str(obj["apiVersion"]);
        var mine = entries.FirstOrDefault(e => IsSame(e, manager, "Update", subresource) && e.ApiVersion == apiVersion);
        if (mine is null)
        {
            if (changed.Count > 0)
            {
                entries.Add(new Entry(manager, "Update", apiVersion, subresource, changed) { Touched = true });
            }
        }
        else if (changed.Count > 0)
        {
            mine.Fields.UnionWith(changed);
            mine.Touched = true;
        }

        Write(obj, entries, now);
        return obj;
    }

    private static bool IsSame(Entry e, string manager, string operation, string? subresource) =>
        e.Manager == manager && e.Operation == operation && (e.Subresource ?? "") == (subresource ?? "");

    private sealed record Entry(string Manager, string Operation, string ApiVersion, string? Subresource, HashSet<string> Fields)
    {
        public string? Time { get; set; }

        public bool Touched { get; set; }
    }

    private static HashSet<string> Leaves(JsonObject obj)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in obj)
        {
            if (key is "apiVersion" or "kind")
            {
                continue;
            }

            if (key == "metadata" && value is JsonObject meta)
            {
                foreach (var (mk, mv) in meta)
                {
                    if (!s_strippedMeta.Contains(mk))
                    {
                        Collect(mv, "metadata\u0001" + mk, result);
                    }
                }

                continue;
            }

            Collect(value, key, result);
        }

        return result;
    }

    private static void Collect(JsonNode? node, string path, HashSet<string> result)
    {
        if (node is JsonObject obj && obj.Count > 0)
        {
            foreach (var (key, value) in obj)
            {
                Collect(value, path + "\u0001" + key, result);
            }
        }
        else
        {
            result.Add(path);
        }
    }

    private static JsonNode? At(JsonObject obj, string path)
    {
        JsonNode? node = obj;
        foreach (var part in path.Split('\u0001'))
        {
            node = node is JsonObject o ? o[part] : null;
        }

        return node;
    }

    private static void Merge(JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source)
        {
            if (value is JsonObject child && child.Count > 0 && target[key] is JsonObject existing)
            {
                Merge(existing, child);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }

    private static void Remove(JsonObject obj, string path)
    {
        var parts = path.Split('\u0001');
        var chain = new List<JsonObject> { obj };
        JsonNode? node = obj;
        for (int i = 0; i < parts.Length - 1; i++)
        {
            node = node is JsonObject o ? o[parts[i]] : null;
            if (node is not JsonObject next)
            {
                return;
            }

            chain.Add(next);
        }

        chain[^1].Remove(parts[^1]);
        for (int i = chain.Count - 1; i > 0; i--)
        {
            if (chain[i].Count == 0)
            {
                chain[i - 1].Remove(parts[i - 1]);
            }
        }
    }

    private static List<Entry> Entries(JsonObject obj)
    {
        var result = new List<Entry>();
        if (obj["metadata"]?["managedFields"] is not JsonArray array)
        {
            return result;
        }

        foreach (var node in array)
        {
            if (node is not JsonObject e)
            {
                continue;
            }

            var fields = new HashSet<string>(StringComparer.Ordinal);
            if (e["fieldsV1"] is JsonObject f)
            {
                ReadFields(f, "", fields);
            }

            string? sub = e["subresource"] is null ? null : Json.Str(e["subresource"]);
            result.Add(new Entry(Json.Str(e["manager"]), Json.Str(e["operation"]), Json.Str(e["apiVersion"]), sub, fields)
            {
                Time = Json.Str(e["time"]),
            });
        }

        return result;
    }

    private static void ReadFields(JsonObject node, string prefix, HashSet<string> result)
    {
        bool leaf = true;
        foreach (var (key, value) in node)
        {
            if (key.StartsWith("f:", StringComparison.Ordinal) && value is JsonObject child)
            {
                leaf = false;
                ReadFields(child, prefix.Length == 0 ? key[2..] : prefix + "\u0001" + key[2..], result);
            }
        }

        if (leaf && prefix.Length > 0)
        {
            result.Add(prefix);
        }
    }

    private static void Write(JsonObject obj, List<Entry> entries, DateTimeOffset now)
    {
        var array = new JsonArray();
        string time = now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var entry in entries)
        {
            if (entry.Fields.Count == 0)
            {
                continue;
            }

            var fields = new JsonObject();
            foreach (var path in entry.Fields.Order(StringComparer.Ordinal))
            {
                var node = fields;
                foreach (var part in path.Split('\u0001'))
                {
                    node = Json.Obj(node, "f:" + part);
                }
            }

            var e = new JsonObject
            {
                ["manager"] = entry.Manager,
                ["operation"] = entry.Operation,
                ["apiVersion"] = entry.ApiVersion,
                ["time"] = entry.Touched || string.IsNullOrEmpty(entry.Time) ? time : entry.Time,
                ["fieldsType"] = "FieldsV1",
                ["fieldsV1"] = fields,
            };
            if (entry.Subresource is { Length: > 0 } sub)
            {
                e["subresource"] = sub;
            }

            array.Push(e);
        }

        if (array.Count > 0)
        {
            Json.Meta(obj)["managedFields"] = array;
        }
        else
        {
            Json.Meta(obj).Remove("managedFields");
        }
    }
}
