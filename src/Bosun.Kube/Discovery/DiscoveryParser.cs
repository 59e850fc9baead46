using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bosun.Kube.Discovery;

/// <summary>
/// Reads both discovery formats: aggregated <c>APIGroupDiscoveryList</c> (apidiscovery.k8s.io v2/v2beta1) and the
/// legacy <c>APIVersions</c> / <c>APIGroupList</c> / <c>APIResourceList</c> documents. Throws
/// <see cref="FormatException"/> with a short reason for malformed documents.
/// </summary>
public static class DiscoveryParser
{
    /// <summary>The aggregated content type, as sent in Accept and checked on the response.</summary>
    public const string AggregatedV2 = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList";

    public const string AggregatedV2Beta1 = "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList";

    /// <summary>The Accept header kubectl and helm send for /api and /apis.</summary>
    public const string AcceptHeader = AggregatedV2 + "," + AggregatedV2Beta1 + ",application/json";

    /// <summary>True when a response Content-Type announces aggregated discovery (parameters in any order).</summary>
    public static bool IsAggregated(string? contentType)
    {
        if (contentType is null)
        {
            return false;
        }

        var parts = contentType.Split(';').Select(p => p.Trim().Replace(" ", string.Empty, StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return parts.Contains("application/json") && parts.Contains("g=apidiscovery.k8s.io") && parts.Contains("as=APIGroupDiscoveryList")
            && (parts.Contains("v=v2") || parts.Contains("v=v2beta1"));
    }

    /// <summary>Parses an APIGroupDiscoveryList; stale group versions go to <paramref name="failed"/>.</summary>
    public static List<ApiResource> ParseAggregated(string json, Dictionary<string, string> failed)
    {
        var root = Object(Parse(json), "document");
        if (Str(root, "kind") is { } rootKind && rootKind != "APIGroupDiscoveryList")
        {
            throw new FormatException($"expected kind APIGroupDiscoveryList, got {rootKind}");
        }

        var resources = new List<ApiResource>();
        foreach (var item in Array(root["items"], "items"))
        {
            var group = Object(item, "items[]");
            string groupName = group["metadata"] is JsonObject meta ? Str(meta, "name") ?? string.Empty : string.Empty;
            bool first = true;
            foreach (var versionNode in Array(group["versions"], $"versions of group \"{groupName}\""))
            {
                var version = Object(versionNode, "versions[]");
                string v = Str(version, "version") ?? throw new FormatException($"a version of group \"{groupName}\" has no name");
                string gv = groupName.Length == 0 ? v : groupName + "/" + v;
                bool preferred = first;
                first = false;
                if (Str(version, "freshness") == "Stale")
                {
                    failed[gv] = "stale GroupVersion discovery: " + gv;
                    continue;
                }

                foreach (var resourceNode in Array(version["resources"], $"resources of {gv}"))
                {
                    var r = Object(resourceNode, $"resources of {gv}");
                    string name = Str(r, "resource") ?? throw new FormatException($"a resource of {gv} has no name");
                    var responseKind = r["responseKind"] as JsonObject;
                    string kind = (responseKind is null ? null : Str(responseKind, "kind")) ?? throw new FormatException($"resource {name} of {gv} has no responseKind.kind");
                    string scope = Str(r, "scope") ?? string.Empty;
                    if (scope is not ("Namespaced" or "Cluster"))
                    {
                        throw new FormatException($"resource {name} of {gv} has scope \"{scope}\"; expected Namespaced or Cluster");
                    }

                    resources.Add(new ApiResource(groupName, v, kind, name, scope == "Namespaced")
                    {
                        SingularName = Str(r, "singularResource") ?? string.Empty,
                        Verbs = Strings(r["verbs"]),
                        ShortNames = Strings(r["shortNames"]),
                        Categories = Strings(r["categories"]),
                        Subresources = [.. (r["subresources"] as JsonArray ?? []).OfType<JsonObject>().Select(s => Str(s, "subresource")).OfType<string>()],
                        Preferred = preferred,
                    });
                }
            }
        }

        return resources;
    }

    /// <summary>The versions listed by a legacy <c>/api</c> (APIVersions).</summary>
    public static List<string> ParseApiVersions(string json) => Strings(Object(Parse(json), "document")["versions"]).ToList();

    /// <summary>The groups of a legacy <c>/apis</c> (APIGroupList): name, versions, preferred version.</summary>
    public static List<(string Group, List<string> Versions, string? Preferred)> ParseGroupList(string json)
    {
        var root = Object(Parse(json), "document");
        var groups = new List<(string, List<string>, string?)>();
        foreach (var node in Array(root["groups"], "groups"))
        {
            var group = Object(node, "groups[]");
            string name = Str(group, "name") ?? throw new FormatException("a group has no name");
            var versions = Array(group["versions"], $"versions of group \"{name}\"").OfType<JsonObject>()
                .Select(v => Str(v, "version")).OfType<string>().ToList();
            string? preferred = group["preferredVersion"] is JsonObject p ? Str(p, "version") : null;
            groups.Add((name, versions, preferred));
        }

        return groups;
    }

    /// <summary>The resources of a legacy group-version document (APIResourceList); subresources attach to their parent.</summary>
    public static List<ApiResource> ParseResourceList(string json, string group, string version, bool preferred)
    {
        var root = Object(Parse(json), "document");
        var list = new List<ApiResource>();
        var subresources = new List<(string Parent, string Sub)>();
        foreach (var node in Array(root["resources"], "resources"))
        {
            var r = Object(node, "resources[]");
            string name = Str(r, "name") ?? throw new FormatException("a resource has no name");
            int slash = name.IndexOf('/');
            if (slash >= 0)
            {
                subresources.Add((name[..slash], name[(slash + 1)..]));
                continue;
            }

            string kind = Str(r, "kind") ?? throw new FormatException($"resource {name} has no kind");
            bool namespaced = r["namespaced"]?.GetValueKind() == JsonValueKind.True;
            list.Add(new ApiResource(group, version, kind, name, namespaced)
            {
                SingularName = Str(r, "singularName") ?? string.Empty,
                Verbs = Strings(r["verbs"]),
                ShortNames = Strings(r["shortNames"]),
                Categories = Strings(r["categories"]),
                Preferred = preferred,
            });
        }

        for (int i = 0; i < list.Count; i++)
        {
            string parent = list[i].Name;
            var subs = subresources.Where(s => s.Parent == parent).Select(s => s.Sub).ToList();
            if (subs.Count > 0)
            {
                list[i] = list[i] with { Subresources = subs };
            }
        }

        return list;
    }

    private static JsonNode? Parse(string json)
    {
        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException("not JSON: " + e.Message, e);
        }
    }

    private static JsonObject Object(JsonNode? node, string what) =>
        node as JsonObject ?? throw new FormatException($"{what} is not an object");

    private static JsonArray Array(JsonNode? node, string what) =>
        node is null ? [] : node as JsonArray ?? throw new FormatException($"{what} is not a list");

    private static string? Str(JsonObject obj, string name) =>
        obj[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static List<string> Strings(JsonNode? node) =>
        node is JsonArray array ? [.. array.Select(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null).OfType<string>()] : [];
}
