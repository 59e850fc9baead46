using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Http;
using Bosun.Kube.Emulator.Protobuf;
using Bosun.Kube.Emulator.Registry;
using Bosun.Kube.Emulator.Store;

namespace Bosun.Kube.Emulator;

/// <summary>Request bodies: JSON, protobuf (Secret, ConfigMap, DeleteOptions) and delete options.</summary>
public sealed partial class KubeEmulator
{
    private const string ProtobufType = "application/vnd.kubernetes.protobuf";

    private static JsonObject DecodeObject(EmuRequest request, ResourceType type)
    {
        string contentType = request.ContentType;
        if (contentType == ProtobufType)
        {
            try
            {
                var (apiVersion, kind, obj) = KubeProtobuf.DecodeObject(request.Body);
                if (kind != type.Kind)
                {
                    throw ApiError.UnsupportedMediaType(contentType, ["application/json", "application/yaml"]);
                }

                obj["apiVersion"] = apiVersion;
                obj["kind"] = kind;
                return obj;
            }
            catch (UnsupportedProtobufKindException)
            {
                throw ApiError.UnsupportedMediaType(contentType, ["application/json", "application/yaml"]);
            }
            catch (ProtobufException ex)
            {
                throw ApiError.BadRequest("the body of the request could not be decoded: " + ex.Message);
            }
        }

        if (contentType is "" or "application/json" or "application/yaml" or "*/*")
        {
            return contentType == "application/yaml" ? ParseApplyBody(request.Body) : Json.ParseObject(request.Body);
        }

        throw ApiError.UnsupportedMediaType(contentType, ["application/json", "application/yaml", ProtobufType]);
    }

    private static DeleteRequest DecodeDeleteOptions(EmuRequest request)
    {
        JsonObject body = [];
        if (request.Body.Length > 0)
        {
            if (request.ContentType == ProtobufType)
            {
                try
                {
                    body = KubeProtobuf.DecodeDeleteOptions(request.Body);
                }
                catch (ProtobufException ex)
                {
                    throw ApiError.BadRequest("the body of the request could not be decoded: " + ex.Message);
                }
            }
            else
            {
                body = Json.ParseObject(request.Body);
            }
        }

        string? policy = request.Param("propagationPolicy") ?? (body["propagationPolicy"] is { } p ? Json.Str(p) : null);
        if (policy is not null and not ("Foreground" or "Background" or "Orphan"))
        {
            throw ApiError.Invalid(new ResourceType("meta.k8s.io", "v1", "DeleteOptions", "deleteoptions", false, [], []), "",
                [("propagationPolicy", $"Unsupported value: \"{policy}\": supported values: \"Foreground\", \"Background\", \"Orphan\", \"nil\"")]);
        }

        bool dryRun = request.Param("dryRun") == "All"
            || (body["dryRun"] is JsonArray d && d.Any(x => Json.Str(x) == "All"));
        bool? orphan = body["orphanDependents"] is { } o ? Json.Bool(o) : null;
        if (request.Param("orphanDependents") is { } oq)
        {
            orphan = oq == "true";
        }

        var pre = body["preconditions"] as JsonObject;
        return new DeleteRequest(policy, dryRun, pre?["uid"] is { } u ? Json.Str(u) : null,
            pre?["resourceVersion"] is { } rv ? Json.Str(rv) : null, orphan);
    }
}
