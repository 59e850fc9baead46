using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Http;
using Bosun.Kube.Emulator.Registry;
using Bosun.Kube.Emulator.Store;

namespace Bosun.Kube.Emulator;

/// <summary>The resource verbs: get, list, create, update, patch, apply, delete, deletecollection, scale.</summary>
public sealed partial class KubeEmulator
{
    private static readonly string[] s_patchTypes =
        ["application/json-patch+json", "application/merge-patch+json", "application/strategic-merge-patch+json", "application/apply-patch+yaml"];

    private EmuResponse HandleResource(EmuRequest request, ResourcePath rp)
    {
        var type = rp.Type;
        bool collection = rp.Name is null;
        if (rp.Subresource == "scale")
        {
            return HandleScale(request, rp);
        }

        switch (request.Method)
        {
            case "GET" when collection:
                return IsWatch(request) ? Watch(request, rp) : List(request, rp);
            case "GET":
                return ObjectResponse(200, request, type, Store.Get(type, rp.Namespace, rp.Name!) ?? throw ApiError.NotFound(type, rp.Name!));
            case "POST" when collection:
                {
                    var body = DecodeObject(request, type);
                    var created = Store.Create(type, rp.Namespace, body, Write(request, null));
                    return ObjectResponse(201, request, type, created);
                }

            case "PUT" when !collection:
                {
                    var body = DecodeObject(request, type);
                    var sub = rp.Subresource == "finalize" ? null : rp.Subresource;
                    return ObjectResponse(200, request, type, Store.Replace(type, rp.Namespace, rp.Name!, body, Write(request, sub)));
                }

            case "PATCH" when !collection:
                return Patch(request, rp);
            case "DELETE" when !collection:
                return Delete(request, rp);
            case "DELETE":
                return DeleteCollection(request, rp);
            default:
                throw ApiError.MethodNotAllowed();
        }
    }

    private static bool IsWatch(EmuRequest request) => request.Param("watch") is "true" or "1";

    private static string Manager(EmuRequest request)
    {
        if (request.Param("fieldManager") is { Length: > 0 } manager)
        {
            return manager;
        }

        string agent = request.Header("User-Agent");
        int slash = agent.IndexOf('/');
        string name = slash >= 0 ? agent[..slash] : agent;
        return name.Length > 0 ? name : "unknown";
    }

    private static bool DryRun(EmuRequest request) => request.Param("dryRun") == "All";

    private static WriteOptions Write(EmuRequest request, string? subresource) =>
        new(Manager(request), DryRun(request), subresource, request.Param("force") == "true");

    /// <summary>The object as the client asked for it: apiVersion of the URL's version, JSON or a one-row Table.</summary>
    private EmuResponse ObjectResponse(int code, EmuRequest request, ResourceType type, JsonObject obj)
    {
        obj["apiVersion"] = type.ApiVersion;
        if (WantsTable(request))
        {
            return EmuResponse.Json(code, TableConverter.Table(type, [obj], null, null, Time.GetUtcNow(),
                request.Param("includeObject") ?? "Metadata", CrdOf(type)), TableConverter.ContentType);
        }

        return EmuResponse.Json(code, obj);
    }

    private static bool WantsTable(EmuRequest request) => request.Header("Accept").Contains("as=Table", StringComparison.Ordinal);

    private JsonObject? CrdOf(ResourceType type)
    {
        if (type.CrdName is null)
        {
            return null;
        }

        var crdType = Registry.FindKind("apiextensions.k8s.io", "CustomResourceDefinition");
        return crdType is null ? null : Store.Get(crdType, "", type.CrdName);
    }

    private EmuResponse List(EmuRequest request, ResourcePath rp)
    {
        var type = rp.Type;
        var labels = LabelSelector.Parse(request.Param("labelSelector"));
        var fields = FieldSelector.Parse(request.Param("fieldSelector"), type);
        var (all, rv) = Store.List(type, type.Namespaced && rp.Namespace.Length > 0 ? rp.Namespace : null);
        var matching = all.Where(o => labels.Matches(Json.StringMap(o["metadata"]?["labels"])) && fields.Matches(o)).ToList();
        string? startAfter = null;
        if (request.Param("continue") is { Length: > 0 } token)
        {
            (startAfter, rv) = ContinueToken.Parse(token, Store.CompactionFloor);
            matching = matching.Where(o => string.CompareOrdinal(Json.Namespace(o) + "/" + Json.Name(o), startAfter) > 0).ToList();
        }

        string? next = null;
        long? remaining = null;
        if (long.TryParse(request.Param("limit"), out long limit) && limit > 0 && matching.Count > limit)
        {
            remaining = matching.Count - limit;
            matching = matching.Take((int)limit).ToList();
            var last = matching[^1];
            next = ContinueToken.Create(rv, Json.Namespace(last) + "/" + Json.Name(last));
        }

        string rvText = rv.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var item in matching)
        {
            item["apiVersion"] = type.ApiVersion;
        }

        if (WantsTable(request))
        {
            return EmuResponse.Json(200, TableConverter.Table(type, matching, rvText, next, Time.GetUtcNow(),
                request.Param("includeObject") ?? "Metadata", CrdOf(type)), TableConverter.ContentType);
        }

        var meta = new JsonObject { ["resourceVersion"] = rvText };
        if (next is not null)
        {
            meta["continue"] = next;
            meta["remainingItemCount"] = remaining;
        }

        var items = new JsonArray();
        foreach (var item in matching)
        {
            items.Push(item);
        }

        return EmuResponse.Json(200, new JsonObject
        {
            ["kind"] = type.Kind + "List",
            ["apiVersion"] = type.ApiVersion,
            ["metadata"] = meta,
            ["items"] = items,
        });
    }

    private EmuResponse Patch(EmuRequest request, ResourcePath rp)
    {
        var type = rp.Type;
        string contentType = request.ContentType;
        bool apply = contentType == "application/apply-patch+yaml";
        if (!s_patchTypes.Contains(contentType) || (contentType == "application/strategic-merge-patch+json" && type.CrdName is not null))
        {
            var accepted = type.CrdName is null ? s_patchTypes : s_patchTypes.Where(t => !t.Contains("strategic", StringComparison.Ordinal));
            throw ApiError.UnsupportedMediaType(contentType, accepted);
        }

        if (apply && request.Param("fieldManager") is not { Length: > 0 })
        {
            throw PatchOptionsInvalid("fieldManager", "FieldValueRequired", "Required value: is required for apply patch");
        }

        if (!apply && request.Param("force") is { Length: > 0 })
        {
            throw PatchOptionsInvalid("force", "FieldValueForbidden", "Forbidden: may not be specified for non-apply patch");
        }

        string? sub = rp.Subresource == "finalize" ? null : rp.Subresource;
        if (apply)
        {
            var config = ParseApplyBody(request.Body);
            var (obj, created) = Store.ApplyObject(type, rp.Namespace, rp.Name!, config, Write(request, sub));
            return ObjectResponse(created ? 201 : 200, request, type, obj);
        }

        JsonNode patch;
        try
        {
            patch = JsonNode.Parse(request.Body) ?? throw ApiError.BadRequest("the patch is null");
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw ApiError.BadRequest("error decoding patch: " + ex.Message);
        }

        return ObjectResponse(200, request, type, Store.Patch(type, rp.Namespace, rp.Name!, contentType, patch, Write(request, sub)));
    }

    private static ApiError PatchOptionsInvalid(string field, string reason, string message) =>
        new(422, "Invalid", $"PatchOptions.meta.k8s.io \"\" is invalid: {field}: {message}", new JsonObject
        {
            ["group"] = "meta.k8s.io",
            ["kind"] = "PatchOptions",
            ["causes"] = new JsonArray(new JsonObject { ["reason"] = reason, ["message"] = message, ["field"] = field }),
        });

    private EmuResponse Delete(EmuRequest request, ResourcePath rp)
    {
        var type = rp.Type;
        var options = DecodeDeleteOptions(request);
        var (obj, gone) = Store.Delete(type, rp.Namespace, rp.Name!, options);
        obj["apiVersion"] = type.ApiVersion;
        if (gone && type.CrdName is null)
        {
            var details = new JsonObject { ["name"] = rp.Name };
            if (type.Group.Length > 0)
            {
                details["group"] = type.Group;
            }

            details["kind"] = type.Plural;
            details["uid"] = Json.Uid(obj);
            return EmuResponse.Json(200, new JsonObject
            {
                ["kind"] = "Status",
                ["apiVersion"] = "v1",
                ["metadata"] = new JsonObject(),
                ["status"] = "Success",
                ["details"] = details,
            });
        }

        return EmuResponse.Json(!gone && options.OrphanDependents == false ? 202 : 200, obj);
    }

    private EmuResponse DeleteCollection(EmuRequest request, ResourcePath rp)
    {
        var type = rp.Type;
        var options = DecodeDeleteOptions(request);
        var labels = LabelSelector.Parse(request.Param("labelSelector"));
        var fields = FieldSelector.Parse(request.Param("fieldSelector"), type);
        var (all, _) = Store.List(type, type.Namespaced && rp.Namespace.Length > 0 ? rp.Namespace : null);
        var items = new JsonArray();
        foreach (var obj in all.Where(o => labels.Matches(Json.StringMap(o["metadata"]?["labels"])) && fields.Matches(o)))
        {
            try
            {
                var (deleted, _) = Store.Delete(type, Json.Namespace(obj), Json.Name(obj), options);
                deleted["apiVersion"] = type.ApiVersion;
                items.Push(deleted);
            }
            catch (ApiError e) when (e.Code == 404)
            {
            }
        }

        return EmuResponse.Json(200, new JsonObject
        {
            ["kind"] = type.Kind + "List",
            ["apiVersion"] = type.ApiVersion,
            ["metadata"] = new JsonObject { ["resourceVersion"] = Store.ResourceVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            ["items"] = items,
        });
    }

    private EmuResponse HandleScale(EmuRequest request, ResourcePath rp)
    {
        var type = rp.Type;
        var live = Store.Get(type, rp.Namespace, rp.Name!) ?? throw ApiError.NotFound(type, rp.Name!);
        if (request.Method is "PUT" or "PATCH")
        {
            var scale = ScaleOf(live);
            JsonObject updated;
            if (request.Method == "PUT")
            {
                updated = Json.ParseObject(request.Body);
            }
            else
            {
                var patch = JsonNode.Parse(request.Body) ?? throw ApiError.BadRequest("the patch is null");
                updated = PatchScale(scale, request.ContentType, patch);
            }

            long replicas = Json.Long(updated["spec"]?["replicas"]) ?? 0;
            var w = Write(request, null);
            live = Store.Patch(type, rp.Namespace, rp.Name!, "application/merge-patch+json",
                new JsonObject { ["spec"] = new JsonObject { ["replicas"] = replicas } }, w with { Subresource = "scale" }) ;
        }
        else if (request.Method != "GET")
        {
            throw ApiError.MethodNotAllowed();
        }

        return EmuResponse.Json(200, ScaleOf(live));
    }

    private static JsonObject PatchScale(JsonObject scale, string contentType, JsonNode patch)
    {
        if (contentType == "application/json-patch+json" || patch is not JsonObject p)
        {
            throw ApiError.UnsupportedMediaType(contentType, ["application/merge-patch+json", "application/strategic-merge-patch+json"]);
        }

        if (p["spec"]?["replicas"] is { } replicas)
        {
            Json.Obj(scale, "spec")["replicas"] = replicas.DeepClone();
        }

        return scale;
    }

    private static JsonObject ScaleOf(JsonObject obj)
    {
        var meta = obj["metadata"] as JsonObject ?? [];
        string selector = "";
        if (obj["spec"]?["selector"]?["matchLabels"] is JsonObject labels)
        {
            selector = string.Join(",", labels.Select(l => l.Key + "=" + Json.Str(l.Value)));
        }

        return new JsonObject
        {
            ["kind"] = "Scale",
            ["apiVersion"] = "autoscaling/v1",
            ["metadata"] = new JsonObject
            {
                ["name"] = meta["name"]?.DeepClone(),
                ["namespace"] = meta["namespace"]?.DeepClone(),
                ["uid"] = meta["uid"]?.DeepClone(),
                ["resourceVersion"] = meta["resourceVersion"]?.DeepClone(),
                ["creationTimestamp"] = meta["creationTimestamp"]?.DeepClone(),
            },
            ["spec"] = new JsonObject { ["replicas"] = Json.Long(obj["spec"]?["replicas"]) ?? 0 },
            ["status"] = new JsonObject { ["replicas"] = Json.Long(obj["status"]?["replicas"]) ?? 0, ["selector"] = selector },
        };
    }

    private static JsonObject ParseApplyBody(byte[] body)
    {
        int i = 0;
        while (i < body.Length && body[i] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            i++;
        }

        if (i < body.Length && body[i] == (byte)'{')
        {
            return Json.ParseObject(body);
        }

        try
        {
            object? value = Bosun.Core.Yaml.GoYaml.Deserialize(body);
            string json = Bosun.Core.Values.GoJson.Serialize(value, false);
            return JsonNode.Parse(json) as JsonObject ?? throw ApiError.BadRequest("the apply configuration must be an object");
        }
        catch (Exception ex) when (ex is not ApiError)
        {
            throw ApiError.BadRequest("error decoding YAML: " + ex.Message);
        }
    }
}
