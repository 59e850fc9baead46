using System.Text.Json;
using System.Text.Json.Nodes;
using Bosun.Core.Diagnostics;
using Bosun.Kube.Emulator.Diagnostics;

namespace Bosun.Kube.Emulator.Store;

/// <summary>
/// Saves and loads a simulated cluster as one JSON document
/// (<c>{"kind":"BosunSimState","resourceVersion":"N","objects":[{"store":"apps/deployments","object":{…}}]}</c>),
/// so <c>bosun sim --state FILE</c> survives restarts. The event log is not saved: watches resume with 410.
/// </summary>
public static class StateFile
{
    private const string Kind = "BosunSimState";

    /// <summary>Writes the state atomically (temp file, then rename).</summary>
    public static void Save(ObjectStore store, string path)
    {
        var objects = new JsonArray();
        long rv = store.ResourceVersion;
        foreach (var (storeKey, obj) in store.Snapshot().OrderBy(o => o.StoreKey, StringComparer.Ordinal))
        {
            objects.Push(new JsonObject { ["store"] = storeKey, ["object"] = obj });
        }

        var doc = new JsonObject
        {
            ["kind"] = Kind,
            ["resourceVersion"] = rv.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["objects"] = objects,
        };
        try
        {
            string full = Path.GetFullPath(path);
            Directory.CreateDirectory(Path.GetDirectoryName(full) ?? ".");
            string temp = full + ".tmp";
            File.WriteAllText(temp, doc.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw EmulatorErrors.StateFileUnwritable.Create(path, ex.Message).ToException();
        }
    }

    /// <summary>Loads a saved state into an empty store (CRDs first, so their types exist). A missing file is an empty cluster.</summary>
    public static void Load(ObjectStore store, string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        JsonObject? doc;
        try
        {
            doc = JsonNode.Parse(File.ReadAllText(path)) as JsonObject;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            throw EmulatorErrors.StateFileInvalid.Create(path, ex.Message).ToException();
        }

        if (doc is null || Json.Str(doc["kind"]) != Kind || doc["objects"] is not JsonArray objects)
        {
            throw EmulatorErrors.StateFileInvalid.Create(path, "not a bosun sim state document").ToException();
        }

        long rv = long.TryParse(Json.Str(doc["resourceVersion"]), out long parsed) ? parsed : 1;
        var entries = new List<(string Store, JsonObject Object)>();
        foreach (var entry in objects.OfType<JsonObject>())
        {
            if (Json.Str(entry["store"]) is { Length: > 0 } storeKey && entry["object"] is JsonObject obj)
            {
                entries.Add((storeKey, obj));
            }
        }

        foreach (var (storeKey, obj) in entries.OrderBy(e => e.Store == "apiextensions.k8s.io/customresourcedefinitions" ? 0 : 1))
        {
            store.Restore(storeKey, Json.Clone(obj), rv);
        }
    }
}
