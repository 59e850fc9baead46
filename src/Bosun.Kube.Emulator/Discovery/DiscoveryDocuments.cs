using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Store;
using Bosun.Kube.Emulator.Registry;

namespace Bosun.Kube.Emulator.Discovery;

/// <summary>
/// Discovery documents generated from the <see cref="TypeRegistry"/>: aggregated v2
/// (<c>APIGroupDiscoveryList</c>) for <c>/api</c> and <c>/apis</c>, and the legacy <c>APIVersions</c>,
/// <c>APIGroupList</c>, <c>APIGroup</c> and <c>APIResourceList</c>.
/// </summary>
public static class DiscoveryDocuments
{
    /// <summary>The content type that tells client-go the body is aggregated discovery.</summary>
    public const string AggregatedContentType = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList";

    /// <summary>Groups in registry order, each with its versions (preferred first) and their types.</summary>
    public static List<(string Group, List<(string Version, List<ResourceType> Types)> Versions)> Groups(
        IReadOnlyList<ResourceType> types, bool core)
    {
        var groups = new List<(string, List<(string, List<ResourceType>)>)>();
        foreach (var type in types)
        {
            if ((type.Group.Length == 0) != core)
            {
                continue;
            }

            int g = groups.FindIndex(x => x.Item1 == type.Group);
            if (g < 0)
            {
                groups.Add((type.Group, []));
                g = groups.Count - 1;
            }

            var versions = groups[g].Item2;
            int v = versions.FindIndex(x => x.Item1 == type.Version);
            if (v < 0)
            {
                versions.Add((type.Version, []));
                v = versions.Count - 1;
            }

            versions[v].Item2.Add(type);
        }

        return groups;
    }

    /// <summary>The aggregated discovery list of the core group (<paramref name="core"/>) or of all named groups.</summary>
    public static JsonObject Aggregated(IReadOnlyList<ResourceType> types, bool core)
    {
        var items = new JsonArray();
        foreach (var (group, versions) in Groups(types, core))
        {
            var versionArray = new JsonArray();
            foreach (var (version, versionTypes) in versions)
            {
                var resources = new JsonArray();
                foreach (var type in versionTypes)
                {
                    resources.Push(AggregatedResource(type));
                }

                versionArray.Push(new JsonObject
                {
                    ["version"] = version,
                    ["resources"] = resources,
                    ["freshness"] = "Current",
                });
            }

            items.Push(new JsonObject
            {
                ["metadata"] = new JsonObject { ["name"] = group, ["creationTimestamp"] = null },
                ["versions"] = versionArray,
            });
        }

        return new JsonObject
        {
            ["kind"] = "APIGroupDiscoveryList",
            ["apiVersion"] = "apidiscovery.k8s.io/v2",
            ["metadata"] = new JsonObject(),
            ["items"] = items,
        };
    }

    private static JsonObject AggregatedResource(ResourceType type)
    {
        var resource = new JsonObject
        {
            ["resource"] = type.Plural,
            ["responseKind"] = Gvk(type.Group, type.Version, type.Kind),
            ["scope"] = type.Namespaced ? "Namespaced" : "Cluster",
            ["singularResource"] = type.Singular,
            ["verbs"] = Array(type.Verbs),
        };
        if (type.ShortNames.Count > 0)
        {
            resource["shortNames"] = Array(type.ShortNames);
        }

        if (type.Categories.Count > 0)
        {
            resource["categories"] = Array(type.Categories);
        }

        var subresources = new JsonArray();
        if (type.HasStatus)
        {
            subresources.Push(new JsonObject
            {
                ["subresource"] = "status",
                ["responseKind"] = Gvk(type.Group, type.Version, type.Kind),
                ["verbs"] = Array(["get", "patch", "update"]),
            });
        }

        if (type.HasScale)
        {
            subresources.Push(new JsonObject
            {
                ["subresource"] = "scale",
                ["responseKind"] = Gvk("autoscaling", "v1", "Scale"),
                ["verbs"] = Array(["get", "patch", "update"]),
            });
        }

        if (subresources.Count > 0)
        {
            resource["subresources"] = subresources;
        }

        return resource;
    }

    /// <summary>Legacy <c>/api</c>: <c>APIVersions</c>.</summary>
    public static JsonObject ApiVersions(string serverAddress) => new()
    {
        ["kind"] = "APIVersions",
        ["versions"] = Array(["v1"]),
        ["serverAddressByClientCIDRs"] = new JsonArray(new JsonObject
        {
            ["clientCIDR"] = "0.0.0.0/0",
            ["serverAddress"] = serverAddress,
        }),
    };

    /// <summary>Legacy <c>/apis</c>: <c>APIGroupList</c>.</summary>
    public static JsonObject ApiGroupList(IReadOnlyList<ResourceType> types)
    {
        var groups = new JsonArray();
        foreach (var (group, versions) in Groups(types, core: false))
        {
            groups.Push(ApiGroupBody(group, versions.Select(v => v.Version).ToList()));
        }

        return new JsonObject { ["kind"] = "APIGroupList", ["apiVersion"] = "v1", ["groups"] = groups };
    }

    /// <summary>Legacy <c>/apis/&lt;group&gt;</c>: <c>APIGroup</c>, or null when the group is not served.</summary>
    public static JsonObject? ApiGroup(IReadOnlyList<ResourceType> types, string group)
    {
        foreach (var (name, versions) in Groups(types, core: false))
        {
            if (name == group)
            {
                var body = ApiGroupBody(group, versions.Select(v => v.Version).ToList());
                var result = new JsonObject { ["kind"] = "APIGroup", ["apiVersion"] = "v1" };
                foreach (var (key, value) in body.ToList())
                {
                    body.Remove(key);
                    result[key] = value;
                }

                return result;
            }
        }

        return null;
    }

    private static JsonObject ApiGroupBody(string group, List<string> versions)
    {
        var array = new JsonArray();
        foreach (var version in versions)
        {
            array.Push(new JsonObject { ["groupVersion"] = group + "/" + version, ["version"] = version });
        }

        return new JsonObject
        {
            ["name"] = group,
            ["versions"] = array,
            ["preferredVersion"] = new JsonObject { ["groupVersion"] = group + "/" + versions[0], ["version"] = versions[0] },
        };
    }

    /// <summary>Legacy <c>/api/v1</c> or <c>/apis/&lt;g&gt;/&lt;v&gt;</c>: <c>APIResourceList</c>, or null.</summary>
    public static JsonObject? ApiResourceList(IReadOnlyList<ResourceType> types, string group, string version)
    {
        var resources = new JsonArray();
        foreach (var type in types)
        {
            if (type.Group != group || type.Version != version)
            {
                continue;
            }

            var resource = new JsonObject
            {
                ["name"] = type.Plural,
                ["singularName"] = type.Singular,
                ["namespaced"] = type.Namespaced,
                ["kind"] = type.Kind,
                ["verbs"] = Array(type.Verbs),
            };
            if (type.ShortNames.Count > 0)
            {
                resource["shortNames"] = Array(type.ShortNames);
            }

            if (type.Categories.Count > 0)
            {
                resource["categories"] = Array(type.Categories);
            }

            resources.Push(resource);
            if (type.HasStatus)
            {
                resources.Push(new JsonObject
                {
                    ["name"] = type.Plural + "/status",
                    ["singularName"] = "",
                    ["namespaced"] = type.Namespaced,
                    ["kind"] = type.Kind,
                    ["verbs"] = Array(["get", "patch", "update"]),
                });
            }

            if (type.HasScale)
            {
                resources.Push(new JsonObject
                {
                    ["name"] = type.Plural + "/scale",
                    ["singularName"] = "",
                    ["namespaced"] = type.Namespaced,
                    ["group"] = "autoscaling",
                    ["version"] = "v1",
                    ["kind"] = "Scale",
                    ["verbs"] = Array(["get", "patch", "update"]),
                });
            }
        }

        if (resources.Count == 0)
        {
            return null;
        }

        return new JsonObject
        {
            ["kind"] = "APIResourceList",
            ["apiVersion"] = "v1",
            ["groupVersion"] = group.Length == 0 ? version : group + "/" + version,
            ["resources"] = resources,
        };
    }

    private static JsonObject Gvk(string group, string version, string kind) =>
        new() { ["group"] = group, ["version"] = version, ["kind"] = kind };

    private static JsonArray Array(IEnumerable<string> values)
    {
        var array = new JsonArray();
        foreach (var value in values)
        {
            array.Push(value);
        }

        return array;
    }
}
