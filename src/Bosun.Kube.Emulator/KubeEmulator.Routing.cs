using System.Text;
using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Discovery;
using Bosun.Kube.Emulator.Http;
using Bosun.Kube.Emulator.Registry;

namespace Bosun.Kube.Emulator;

/// <summary>URL routing: version, discovery, OpenAPI, health, then resource paths.</summary>
public sealed partial class KubeEmulator
{
    /// <summary>A parsed resource URL.</summary>
    internal sealed record ResourcePath(ResourceType Type, string Namespace, string? Name, string? Subresource);

    private EmuResponse Route(EmuRequest request)
    {
        string path = request.Path.TrimEnd('/');
        if (path.Length == 0)
        {
            path = "/";
        }

        switch (path)
        {
            case "/version":
                return EmuResponse.Json(200, VersionDocument());
            case "/healthz" or "/livez" or "/readyz":
                return new EmuResponse(200, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("ok"));
            case "/api":
                return AggregatedAllowed(request)
                    ? EmuResponse.Json(200, DiscoveryDocuments.Aggregated(Registry.All, core: true), DiscoveryDocuments.AggregatedContentType)
                    : EmuResponse.Json(200, DiscoveryDocuments.ApiVersions(ServerAddress));
            case "/apis":
                return AggregatedAllowed(request)
                    ? EmuResponse.Json(200, DiscoveryDocuments.Aggregated(Registry.All, core: false), DiscoveryDocuments.AggregatedContentType)
                    : EmuResponse.Json(200, DiscoveryDocuments.ApiGroupList(Registry.All));
            case "/openapi/v3":
                return EmuResponse.Json(200, OpenApiDocuments.Root(Registry.All, Options.GitVersion));
        }

        if (path.StartsWith("/openapi/v3/", StringComparison.Ordinal))
        {
            return OpenApiDocuments.Document(Registry.All, path["/openapi/v3/".Length..], Options.GitVersion) is { } doc
                ? EmuResponse.Json(200, doc)
                : throw ApiError.UnknownResource();
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || (segments[0] != "api" && segments[0] != "apis"))
        {
            throw ApiError.UnknownResource();
        }

        string group;
        string version;
        int rest;
        if (segments[0] == "api")
        {
            group = "";
            version = segments.Length > 1 ? segments[1] : "";
            rest = 2;
        }
        else
        {
            group = segments.Length > 1 ? segments[1] : "";
            if (segments.Length == 2)
            {
                return request.Method == "GET" && DiscoveryDocuments.ApiGroup(Registry.All, group) is { } g
                    ? EmuResponse.Json(200, g)
                    : throw ApiError.UnknownResource();
            }

            version = segments[2];
            rest = 3;
        }

        if (segments.Length == rest)
        {
            return request.Method == "GET" && DiscoveryDocuments.ApiResourceList(Registry.All, group, version) is { } list
                ? EmuResponse.Json(200, list)
                : throw ApiError.UnknownResource();
        }

        var resource = ParseResourcePath(group, version, segments[rest..]) ?? throw ApiError.UnknownResource();
        return HandleResource(request, resource);
    }

    private static bool Aggregated(EmuRequest request) =>
        request.Header("Accept").Contains("as=APIGroupDiscoveryList", StringComparison.Ordinal);

    private bool AggregatedAllowed(EmuRequest request) => !Options.LegacyDiscoveryOnly && Aggregated(request);

    private ResourcePath? ParseResourcePath(string group, string version, string[] parts)
    {
        string ns = "";
        if (parts.Length >= 3 && parts[0] == "namespaces" && !(group.Length == 0 && parts.Length == 3 && parts[2] is "status" or "finalize"))
        {
            ns = parts[1];
            parts = parts[2..];
        }

        if (parts.Length is 0 or > 3)
        {
            return null;
        }

        var type = Registry.Find(group, version, parts[0]);
        if (type is null || (!type.Namespaced && ns.Length > 0) || (type.Namespaced && ns.Length == 0 && parts.Length > 1))
        {
            return null;
        }

        string? name = parts.Length > 1 ? parts[1] : null;
        string? sub = parts.Length > 2 ? parts[2] : null;
        if (sub is not null && !(sub == "status" && type.HasStatus) && !(sub == "scale" && type.HasScale)
            && !(sub == "finalize" && type.Kind == "Namespace" && type.Group.Length == 0))
        {
            return null;
        }

        return new ResourcePath(type, ns, name, sub);
    }

    private JsonObject VersionDocument()
    {
        var v = Options.GitVersion.TrimStart('v').Split('-')[0].Split('.');
        string major = v.Length > 0 ? v[0] : "1";
        string minor = v.Length > 1 ? v[1] : "34";
        string prevMinor = int.TryParse(minor, out int m) ? (m - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : minor;
        return new JsonObject
        {
            ["major"] = major,
            ["minor"] = minor,
            ["emulationMajor"] = major,
            ["emulationMinor"] = minor,
            ["minCompatibilityMajor"] = major,
            ["minCompatibilityMinor"] = prevMinor,
            ["gitVersion"] = Options.GitVersion,
            ["gitCommit"] = "0000000000000000000000000000000000000000",
            ["gitTreeState"] = "clean",
            ["buildDate"] = "2025-01-01T00:00:00Z",
            ["goVersion"] = "go1.24.0",
            ["compiler"] = "gc",
            ["platform"] = "linux/amd64",
        };
    }
}
