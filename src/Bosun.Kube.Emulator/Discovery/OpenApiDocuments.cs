using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Registry;

namespace Bosun.Kube.Emulator.Discovery;

/// <summary>
/// The OpenAPI v3 stub kubectl needs: <c>/openapi/v3</c> lists one document per group/version, and each
/// document has one PATCH operation per resource with its group/version/kind and the <c>fieldValidation</c>
/// query parameter (what cli-runtime's query-param verifier looks for). No schemas.
/// </summary>
public static class OpenApiDocuments
{
    /// <summary>The root listing: <c>{"paths":{"api/v1":{"serverRelativeURL":"/openapi/v3/api/v1?hash=…"}}}</c>.</summary>
    public static JsonObject Root(IReadOnlyList<ResourceType> types, string version)
    {
        var paths = new JsonObject();
        foreach (var key in GroupVersionKeys(types))
        {
            string hash = Hash(Document(types, key, version));
            paths[key] = new JsonObject { ["serverRelativeURL"] = "/openapi/v3/" + key + "?hash=" + hash };
        }

        return new JsonObject { ["paths"] = paths };
    }

    /// <summary><c>api/v1</c>, <c>apis/apps/v1</c>, … for every served group/version.</summary>
    public static List<string> GroupVersionKeys(IReadOnlyList<ResourceType> types)
    {
        var keys = new List<string>();
        foreach (var type in types)
        {
            string key = type.PathPrefix[1..];
            if (!keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    /// <summary>The document of one group/version key, or null when it is not served.</summary>
    public static JsonObject? Document(IReadOnlyList<ResourceType> types, string key, string version)
    {
        var paths = new JsonObject();
        foreach (var type in types)
        {
            if (type.PathPrefix[1..] != key)
            {
                continue;
            }

            string path = type.PathPrefix + (type.Namespaced ? "/namespaces/{namespace}/" : "/") + type.Plural + "/{name}";
            paths[path] = new JsonObject
            {
                ["patch"] = new JsonObject
                {
                    ["x-kubernetes-group-version-kind"] = new JsonObject
                    {
                        ["group"] = type.Group,
                        ["version"] = type.Version,
                        ["kind"] = type.Kind,
                    },
                    ["parameters"] = new JsonArray(
                        new JsonObject { ["name"] = "dryRun", ["in"] = "query", ["schema"] = new JsonObject { ["type"] = "string" } },
                        new JsonObject { ["name"] = "fieldManager", ["in"] = "query", ["schema"] = new JsonObject { ["type"] = "string" } },
                        new JsonObject { ["name"] = "fieldValidation", ["in"] = "query", ["schema"] = new JsonObject { ["type"] = "string" } },
                        new JsonObject { ["name"] = "force", ["in"] = "query", ["schema"] = new JsonObject { ["type"] = "boolean" } }),
                    ["responses"] = new JsonObject { ["200"] = new JsonObject { ["description"] = "OK" } },
                },
            };
        }

        if (paths.Count == 0)
        {
            return null;
        }

        return new JsonObject
        {
            ["openapi"] = "3.0.0",
            ["info"] = new JsonObject { ["title"] = "Kubernetes", ["version"] = version },
            ["paths"] = paths,
            ["components"] = new JsonObject { ["schemas"] = new JsonObject() },
        };
    }

    private static string Hash(JsonObject? document) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(document?.ToJsonString() ?? "")));
}
