using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bosun.Kube.Diagnostics;

/// <summary>One entry of <c>details.causes</c> in a Status.</summary>
public sealed record KubeStatusCause(string? Type, string? Message, string? Field);

/// <summary>
/// The <c>v1/Status</c> object the API server returns for every failed request (apimachinery
/// <c>pkg/api/errors</c>). <see cref="DetailsKind"/> is the resource plural for NotFound/AlreadyExists/Conflict and
/// the Kind for Invalid, as on a real server.
/// </summary>
public sealed record KubeStatus(int Code, string? Reason, string Message)
{
    public string? DetailsName { get; init; }

    public string? DetailsGroup { get; init; }

    public string? DetailsKind { get; init; }

    public IReadOnlyList<KubeStatusCause> Causes { get; init; } = [];

    /// <summary><c>details.retryAfterSeconds</c>, when the server set it.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>Reads a Status object; null when <paramref name="node"/> is not one.</summary>
    public static KubeStatus? FromJson(JsonNode? node)
    {
        if (node is not JsonObject obj || Str(obj, "kind") != "Status")
        {
            return null;
        }

        int code = obj["code"] is JsonValue c && c.TryGetValue(out int n) ? n : 0;
        var status = new KubeStatus(code, Str(obj, "reason"), Str(obj, "message") ?? string.Empty);
        if (obj["details"] is JsonObject details)
        {
            var causes = new List<KubeStatusCause>();
            if (details["causes"] is JsonArray array)
            {
                foreach (var item in array)
                {
                    if (item is JsonObject cause)
                    {
                        // Real servers write "reason" in causes; the Go field is Type with json tag "reason".
                        causes.Add(new KubeStatusCause(Str(cause, "reason") ?? Str(cause, "type"), Str(cause, "message"), Str(cause, "field")));
                    }
                }
            }

            status = status with
            {
                DetailsName = Str(details, "name"),
                DetailsGroup = Str(details, "group"),
                DetailsKind = Str(details, "kind"),
                Causes = causes,
                RetryAfterSeconds = details["retryAfterSeconds"] is JsonValue r && r.TryGetValue(out int s) ? s : null,
            };
        }

        return status;
    }

    /// <summary>Parses a response body; null when it is not JSON or not a Status.</summary>
    public static KubeStatus? Parse(string body)
    {
        try
        {
            return FromJson(JsonNode.Parse(body));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Str(JsonObject obj, string name) =>
        obj[name] is JsonValue v && v.TryGetValue(out string? s) ? s : null;
}
