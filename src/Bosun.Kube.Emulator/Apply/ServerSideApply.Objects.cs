using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Apply;

public static partial class ServerSideApply
{
    private static JsonObject WithoutManagedFields(JsonObject? obj)
    {
        var copy = obj?.DeepClone() as JsonObject ?? new JsonObject();
        RemoveManagedFields(copy);
        return copy;
    }

    private static void RemoveManagedFields(JsonObject obj)
    {
        if (obj["metadata"] is JsonObject meta)
        {
            meta.Remove("managedFields");
        }
    }

    private static List<ManagerEntry> ReadManagers(JsonObject? obj)
    {
        try
        {
            return ManagerEntry.ReadAll((obj?["metadata"] as JsonObject)?["managedFields"]);
        }
        catch (FieldsV1Exception)
        {
            // The server resets managed fields it cannot decode.
            return [];
        }
    }

    /// <summary>
    /// apimachinery's <c>decodeLiveOrNew</c>: a subresource write keeps live's entries; <c>[]</c> or <c>[{}]</c> in the
    /// body resets them; other decodable, non-empty entries in the body replace them; anything else keeps live's.
    /// </summary>
    private static List<ManagerEntry> ReadManagersForUpdate(JsonObject? live, JsonObject updated, string? subresource)
    {
        if (subresource is not null)
        {
            return ReadManagers(live);
        }
        if ((updated["metadata"] as JsonObject)?.TryGetPropertyValue("managedFields", out var given) != true || given is not JsonArray array)
        {
            return ReadManagers(live);
        }
        if (array.Count == 0 || (array.Count == 1 && array[0] is JsonObject { Count: 0 }))
        {
            return [];
        }
        try
        {
            var entries = ManagerEntry.ReadAll(array);
            return entries.Count > 0 ? entries : ReadManagers(live);
        }
        catch (FieldsV1Exception)
        {
            return ReadManagers(live);
        }
    }

    private static void SetManagedFields(JsonObject obj, List<ManagerEntry> managers)
    {
        var entries = ManagerEntry.WriteAll(managers);
        if (obj["metadata"] is not JsonObject meta)
        {
            if (entries.Count == 0)
            {
                return;
            }
            meta = new JsonObject();
            obj["metadata"] = meta;
        }
        if (entries.Count == 0)
        {
            meta.Remove("managedFields");
        }
        else
        {
            meta["managedFields"] = entries;
        }
    }

    /// <summary>apimachinery's <c>objectGVKNN</c>: <c>demo/web; apps/v1, Kind=Deployment</c> (core group empty: <c>/v1</c>).</summary>
    private static string ObjectName(JsonObject obj)
    {
        var meta = obj["metadata"] as JsonObject;
        var ns = (meta?["namespace"] as JsonValue)?.TryGetValue<string>(out var n) == true ? n : "";
        var name = (meta?["name"] as JsonValue)?.TryGetValue<string>(out var nm) == true ? nm : "";
        var apiVersion = StringAt(obj, "apiVersion") ?? "";
        var gv = apiVersion.Contains('/') ? apiVersion : "/" + apiVersion;
        return $"{ns}/{name}; {gv}, Kind={StringAt(obj, "kind") ?? ""}";
    }

    private static string? StringAt(JsonObject obj, string name) =>
        obj.TryGetPropertyValue(name, out var v) && v is JsonValue jv && jv.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;

    /// <summary>The part of an applied configuration a write through this endpoint may set.</summary>
    private static JsonObject SplitForApply(JsonObject cfg, ApplyContext context)
    {
        if (!context.HasStatusSubresource)
        {
            return cfg;
        }
        if (context.Subresource == "status")
        {
            var only = new JsonObject();
            foreach (var name in new[] { "apiVersion", "kind" })
            {
                if (cfg.TryGetPropertyValue(name, out var v))
                {
                    only[name] = JsonValues.Clone(v);
                }
            }
            if (cfg["metadata"] is JsonObject meta)
            {
                var m = new JsonObject();
                foreach (var name in new[] { "name", "namespace" })
                {
                    if (meta.TryGetPropertyValue(name, out var v))
                    {
                        m[name] = JsonValues.Clone(v);
                    }
                }
                only["metadata"] = m;
            }
            if (cfg.TryGetPropertyValue("status", out var status))
            {
                only["status"] = JsonValues.Clone(status);
            }
            return only;
        }
        cfg.Remove("status");
        return cfg;
    }

    /// <summary>The object an ordinary write stores: the main resource keeps live status, /status keeps everything else.</summary>
    private static JsonObject SplitForUpdate(JsonObject? live, JsonObject updated, ApplyContext context)
    {
        if (!context.HasStatusSubresource)
        {
            return updated;
        }
        if (context.Subresource == "status")
        {
            if (live is null)
            {
                return updated;
            }
            var result = (JsonObject)live.DeepClone();
            result.Remove("status");
            if (updated.TryGetPropertyValue("status", out var status))
            {
                result["status"] = JsonValues.Clone(status);
            }
            return result;
        }
        updated.Remove("status");
        if (live is not null && live.TryGetPropertyValue("status", out var liveStatus))
        {
            updated["status"] = JsonValues.Clone(liveStatus);
        }
        return updated;
    }
}
