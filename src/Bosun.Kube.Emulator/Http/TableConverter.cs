using System.Globalization;
using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Registry;
using Bosun.Kube.Emulator.Store;

namespace Bosun.Kube.Emulator.Http;

/// <summary>
/// <c>meta.k8s.io/v1 Table</c> responses for <c>kubectl get</c>: Name plus a few columns for the common kinds,
/// the CRD's <c>additionalPrinterColumns</c> (simple JSON paths) for custom resources, and Age computed from the
/// emulator's clock. Rows carry <c>PartialObjectMetadata</c> (or the object with <c>includeObject=Object</c>).
/// </summary>
public static class TableConverter
{
    /// <summary>The content type of a Table answer.</summary>
    public const string ContentType = "application/json;as=Table;v=v1;g=meta.k8s.io";

    private sealed record Column(string Name, string Type, string Format, string Description, Func<JsonObject, JsonNode?> Cell);

    public static JsonObject Table(ResourceType type, IEnumerable<JsonObject> objects, string? resourceVersion, string? continueToken,
        DateTimeOffset now, string includeObject, JsonObject? crd)
    {
        var columns = Columns(type, now, crd);
        var definitions = new JsonArray();
        foreach (var c in columns)
        {
            definitions.Push(new JsonObject
            {
                ["name"] = c.Name,
                ["type"] = c.Type,
                ["format"] = c.Format,
                ["description"] = c.Description,
                ["priority"] = 0,
            });
        }

        var rows = new JsonArray();
        foreach (var obj in objects)
        {
            var cells = new JsonArray();
            foreach (var c in columns)
            {
                cells.Add(c.Cell(obj));
            }

            var row = new JsonObject { ["cells"] = cells };
            if (includeObject != "None")
            {
                row["object"] = includeObject == "Object" ? obj.DeepClone() : new JsonObject
                {
                    ["kind"] = "PartialObjectMetadata",
                    ["apiVersion"] = "meta.k8s.io/v1",
                    ["metadata"] = MetadataWithoutManagedFields(obj),
                };
            }

            rows.Push(row);
        }

        var meta = new JsonObject();
        if (resourceVersion is not null)
        {
            meta["resourceVersion"] = resourceVersion;
        }

        if (continueToken is not null)
        {
            meta["continue"] = continueToken;
        }

        return new JsonObject
        {
            ["kind"] = "Table",
            ["apiVersion"] = "meta.k8s.io/v1",
            ["metadata"] = meta,
            ["columnDefinitions"] = definitions,
            ["rows"] = rows,
        };
    }

    private static JsonNode MetadataWithoutManagedFields(JsonObject obj)
    {
        var meta = (JsonObject)(obj["metadata"]?.DeepClone() ?? new JsonObject());
        meta.Remove("managedFields");
        return meta;
    }

    private static List<Column> Columns(ResourceType type, DateTimeOffset now, JsonObject? crd)
    {
        var name = new Column("Name", "string", "name", "Name must be unique within a namespace.", o => Json.Name(o));
        var age = new Column("Age", "string", "", "CreationTimestamp is a timestamp representing the server time when this object was created.",
            o => Age(o, now));
        var columns = new List<Column> { name };
        switch (type.Group, type.Kind)
        {
            case ("apps", "Deployment"):
                columns.Add(new Column("Ready", "string", "", "Number of the pod with ready state", o =>
                    $"{Int(o, "status", "readyReplicas")}/{Int(o, "spec", "replicas")}"));
                columns.Add(new Column("Up-to-date", "integer", "", "Total number of non-terminated pods targeted by this deployment that have the desired template spec.",
                    o => Int(o, "status", "updatedReplicas")));
                columns.Add(new Column("Available", "integer", "", "Total number of available pods (ready for at least minReadySeconds) targeted by this deployment.",
                    o => Int(o, "status", "availableReplicas")));
                break;
            case ("apps", "StatefulSet"):
                columns.Add(new Column("Ready", "string", "", "Number of the pod with ready state", o =>
                    $"{Int(o, "status", "readyReplicas")}/{Int(o, "spec", "replicas")}"));
                break;
            case ("", "Namespace"):
                columns.Add(new Column("Status", "string", "", "The status of the namespace", o => Json.Str(o["status"]?["phase"])));
                break;
            case ("", "ConfigMap"):
                columns.Add(new Column("Data", "integer", "", "Number of data entries", o =>
                    ((o["data"] as JsonObject)?.Count ?? 0) + ((o["binaryData"] as JsonObject)?.Count ?? 0)));
                break;
            case ("", "Secret"):
                columns.Add(new Column("Type", "string", "", "The type of the secret", o => Json.Str(o["type"])));
                columns.Add(new Column("Data", "integer", "", "Number of data entries", o => (o["data"] as JsonObject)?.Count ?? 0));
                break;
            case ("", "Service"):
                columns.Add(new Column("Type", "string", "", "The type of the service", o => Json.Str(o["spec"]?["type"])));
                columns.Add(new Column("Cluster-IP", "string", "", "The cluster IP of the service", o => Json.Str(o["spec"]?["clusterIP"]) is { Length: > 0 } ip ? ip : "<none>"));
                columns.Add(new Column("External-IP", "string", "", "The external IP of the service", ExternalIp));
                columns.Add(new Column("Port(s)", "string", "", "The ports of the service", Ports));
                break;
            case ("batch", "Job"):
                columns.Add(new Column("Status", "string", "", "Status of the job", JobStatus));
                columns.Add(new Column("Completions", "string", "", "The completions of the job", o =>
                    $"{Int(o, "status", "succeeded")}/{(o["spec"]?["completions"] is null ? 1 : Int(o, "spec", "completions"))}"));
                break;
            case ("", "PersistentVolumeClaim"):
                columns.Add(new Column("Status", "string", "", "The phase of the claim", o => Json.Str(o["status"]?["phase"])));
                break;
            case ("apiextensions.k8s.io", "CustomResourceDefinition"):
                columns.Add(new Column("Created At", "date", "", "The time the CRD was created", o => Json.Str(o["metadata"]?["creationTimestamp"])));
                return columns;
        }

        if (crd is not null)
        {
            AddPrinterColumns(crd, type, columns);
        }

        columns.Add(age);
        return columns;
    }

    private static void AddPrinterColumns(JsonObject crd, ResourceType type, List<Column> columns)
    {
        var version = (crd["spec"]?["versions"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(v => Json.Str(v["name"]) == type.Version);
        if (version?["additionalPrinterColumns"] is not JsonArray printers)
        {
            return;
        }

        foreach (var p in printers.OfType<JsonObject>())
        {
            string path = Json.Str(p["jsonPath"]);
            if (path == ".metadata.creationTimestamp" || (p["priority"] is { } pr && Json.Long(pr) > 0))
            {
                continue;
            }

            columns.Add(new Column(Json.Str(p["name"]), Json.Str(p["type"]), Json.Str(p["format"]), Json.Str(p["description"]), o =>
            {
                JsonNode? node = o;
                foreach (var part in path.TrimStart('.').Split('.'))
                {
                    node = node is JsonObject obj ? obj[part] : null;
                }

                return node?.DeepClone();
            }));
        }
    }

    private static long Int(JsonObject o, string a, string b) => Json.Long(o[a]?[b]) ?? 0;

    private static string Age(JsonObject o, DateTimeOffset now) =>
        DateTimeOffset.TryParse(Json.Str(o["metadata"]?["creationTimestamp"]), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var created)
            ? HumanDuration.Format(now - created)
            : "<unknown>";

    private static JsonNode ExternalIp(JsonObject o)
    {
        string type = Json.Str(o["spec"]?["type"]);
        if (type == "LoadBalancer")
        {
            var ingress = (o["status"]?["loadBalancer"]?["ingress"] as JsonArray)?.OfType<JsonObject>()
                .Select(i => Json.Str(i["ip"]) is { Length: > 0 } ip ? ip : Json.Str(i["hostname"])).ToList() ?? [];
            return ingress.Count > 0 ? string.Join(",", ingress) : "<pending>";
        }

        if (type == "ExternalName")
        {
            return Json.Str(o["spec"]?["externalName"]);
        }

        return "<none>";
    }

    private static JsonNode Ports(JsonObject o)
    {
        if (o["spec"]?["ports"] is not JsonArray ports || ports.Count == 0)
        {
            return "<none>";
        }

        return string.Join(",", ports.OfType<JsonObject>().Select(p =>
            Json.Long(p["nodePort"]) is { } np and > 0
                ? $"{Json.Long(p["port"])}:{np}/{Json.Str(p["protocol"])}"
                : $"{Json.Long(p["port"])}/{Json.Str(p["protocol"])}"));
    }

    private static JsonNode JobStatus(JsonObject o)
    {
        var conditions = (o["status"]?["conditions"] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
        bool Has(string t) => conditions.Any(c => Json.Str(c["type"]) == t && Json.Str(c["status"]) == "True");
        return Has("Complete") ? "Complete" : Has("Failed") ? "Failed" : Has("Suspended") ? "Suspended" : "Running";
    }
}
