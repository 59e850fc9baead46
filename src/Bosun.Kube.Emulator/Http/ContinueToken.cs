using System.Text;
using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Store;

namespace Bosun.Kube.Emulator.Http;

/// <summary>
/// List continuation tokens like kube-apiserver's: base64 of <c>{"v":"meta.k8s.io/v1","rv":N,"start":"key"}</c>.
/// Here <c>start</c> is the last key returned; a token older than the compaction floor is 410 Expired.
/// </summary>
public static class ContinueToken
{
    private const string TooOld =
        "The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.";

    public static string Create(long rv, string lastKey) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(new JsonObject
        {
            ["v"] = "meta.k8s.io/v1",
            ["rv"] = rv,
            ["start"] = lastKey,
        }.ToJsonString()));

    /// <summary>The key to continue after and the list's RV; 400 for a malformed token, 410 for an expired one.</summary>
    public static (string StartAfter, long Rv) Parse(string token, long floor)
    {
        JsonObject? obj;
        try
        {
            obj = JsonNode.Parse(Convert.FromBase64String(token)) as JsonObject;
        }
        catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException)
        {
            obj = null;
        }

        if (obj is null || Json.Str(obj["v"]) != "meta.k8s.io/v1" || Json.Long(obj["rv"]) is not { } rv)
        {
            throw ApiError.BadRequest("continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)");
        }

        if (rv < floor)
        {
            throw ApiError.Expired(TooOld);
        }

        return (Json.Str(obj["start"]), rv);
    }
}
