using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Apply;

/// <summary>One <c>metadata.managedFields</c> entry: who (manager, operation, subresource), in which apiVersion, when, and the owned fields.</summary>
public sealed class ManagerEntry(string manager, string operation, string apiVersion, string? time, string? subresource, FieldSet fields)
{
    public string Manager { get; } = manager;

    /// <summary><c>Apply</c> or <c>Update</c>.</summary>
    public string Operation { get; } = operation;

    public string ApiVersion { get; set; } = apiVersion;

    /// <summary>RFC 3339 seconds, e.g. <c>2026-11-22T01:49:51Z</c>.</summary>
    public string? Time { get; set; } = time;

    public string? Subresource { get; } = subresource;

    public FieldSet Fields { get; set; } = fields;

    /// <summary>The identity entries are merged by: Apply entries by (manager, subresource), Update entries also by apiVersion.</summary>
    public string Identifier => IdentifierOf(Manager, Operation, Operation == "Apply" ? null : ApiVersion, Subresource);

    internal static string IdentifierOf(string manager, string operation, string? apiVersion, string? subresource)
    {
        var o = new JsonObject { ["manager"] = manager, ["operation"] = operation };
        if (!string.IsNullOrEmpty(apiVersion))
        {
            o["apiVersion"] = apiVersion;
        }
        if (!string.IsNullOrEmpty(subresource))
        {
            o["subresource"] = subresource;
        }
        return JsonValues.ToJson(o);
    }

    /// <summary>The wire form in metav1 field order: manager, operation, apiVersion, time, fieldsType, fieldsV1, subresource.</summary>
    public JsonObject ToJson()
    {
        var o = new JsonObject { ["manager"] = Manager, ["operation"] = Operation, ["apiVersion"] = ApiVersion };
        if (Time is not null)
        {
            o["time"] = Time;
        }
        o["fieldsType"] = "FieldsV1";
        o["fieldsV1"] = Fields.ToFieldsV1();
        if (!string.IsNullOrEmpty(Subresource))
        {
            o["subresource"] = Subresource;
        }
        return o;
    }

    /// <summary>Reads the entries of <c>metadata.managedFields</c> (null or missing: none).</summary>
    /// <exception cref="FieldsV1Exception">An entry is malformed.</exception>
    public static List<ManagerEntry> ReadAll(JsonNode? managedFields)
    {
        var list = new List<ManagerEntry>();
        if (managedFields is null)
        {
            return list;
        }
        if (managedFields is not JsonArray array)
        {
            throw new FieldsV1Exception("managedFields must be a list");
        }
        foreach (var item in array)
        {
            if (item is not JsonObject e)
            {
                throw new FieldsV1Exception("managedFields entries must be objects");
            }
            var manager = Str(e, "manager");
            var operation = Str(e, "operation");
            if (operation is not ("Apply" or "Update"))
            {
                throw new FieldsV1Exception($"managedFields entry of {JsonValues.GoQuote(manager)} has operation {JsonValues.GoQuote(operation)}, not Apply or Update");
            }
            var fieldsType = Str(e, "fieldsType");
            if (fieldsType is not ("" or "FieldsV1"))
            {
                throw new FieldsV1Exception($"managedFields entry of {JsonValues.GoQuote(manager)} has fieldsType {JsonValues.GoQuote(fieldsType)}, not FieldsV1");
            }
            var fields = e.TryGetPropertyValue("fieldsV1", out var f) && f is not null ? FieldSet.FromFieldsV1(f) : new FieldSet();
            var sub = Str(e, "subresource");
            var time = Str(e, "time");
            list.Add(new ManagerEntry(manager, operation, Str(e, "apiVersion"), time.Length == 0 ? null : time, sub.Length == 0 ? null : sub, fields));
        }
        return list;
    }

    private static string Str(JsonObject o, string name) =>
        o.TryGetPropertyValue(name, out var v) && v is JsonValue jv && jv.TryGetValue<string>(out var s) ? s : "";

    /// <summary>Writes entries in the server's order: Apply before Update, then time, manager, apiVersion, subresource.</summary>
    public static JsonArray WriteAll(IEnumerable<ManagerEntry> entries)
    {
        var sorted = entries.Where(e => !e.Fields.IsEmpty).OrderBy(e => e.Operation, StringComparer.Ordinal)
            .ThenBy(e => e.Time ?? "", StringComparer.Ordinal)
            .ThenBy(e => e.Manager, StringComparer.Ordinal)
            .ThenBy(e => e.ApiVersion, StringComparer.Ordinal)
            .ThenBy(e => e.Subresource ?? "", StringComparer.Ordinal);
        return new JsonArray(sorted.Select(e => (JsonNode)e.ToJson()).ToArray());
    }
}
