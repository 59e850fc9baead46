using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Store;
using Bosun.Kube.Emulator.Registry;

namespace Bosun.Kube.Emulator.Http;

/// <summary>
/// A failed request, carrying the <c>v1/Status</c> object kube-apiserver would answer with
/// (apimachinery <c>pkg/api/errors</c>). Thrown inside handlers, turned into the response at the edge.
/// </summary>
public sealed class ApiError : Exception
{
    public ApiError(int code, string reason, string message, JsonObject? details = null)
        : base(message)
    {
        Code = code;
        Reason = reason;
        Details = details;
    }

    public int Code { get; }

    /// <summary>An error whose Status body was built elsewhere (kube-ssa's conflict and immutable-field Statuses).</summary>
    public static ApiError FromStatus(JsonObject status, int code) =>
        new(code, status["reason"]?.GetValue<string>() ?? string.Empty, status["message"]?.GetValue<string>() ?? string.Empty,
            status["details"]?.DeepClone() as JsonObject);

    public string Reason { get; }

    public JsonObject? Details { get; }

    /// <summary>Seconds for the <c>Retry-After</c> header (429, some 500s), or null.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>The Status object.</summary>
    public JsonObject ToStatus()
    {
        var status = new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject(),
            ["status"] = "Failure",
            ["message"] = Message,
        };
        if (Reason.Length > 0)
        {
            status["reason"] = Reason;
        }

        if (Details is not null)
        {
            status["details"] = Details.DeepClone();
        }

        status["code"] = Code;
        return status;
    }

    private static JsonObject ResourceDetails(string name, ResourceType type)
    {
        var details = new JsonObject { ["name"] = name };
        if (type.Group.Length > 0)
        {
            details["group"] = type.Group;
        }

        details["kind"] = type.Plural;
        return details;
    }

    /// <summary>404 <c>deployments.apps "web" not found</c>.</summary>
    public static ApiError NotFound(ResourceType type, string name) =>
        new(404, "NotFound", $"{type.GroupResource} \"{name}\" not found", ResourceDetails(name, type));

    /// <summary>404 <c>namespaces "x" not found</c>.</summary>
    public static ApiError NamespaceNotFound(string ns) =>
        new(404, "NotFound", $"namespaces \"{ns}\" not found", new JsonObject { ["name"] = ns, ["kind"] = "namespaces" });

    /// <summary>404 for an unknown URL or resource.</summary>
    public static ApiError UnknownResource() =>
        new(404, "NotFound", "the server could not find the requested resource", new JsonObject());

    /// <summary>409 <c>configmaps "x" already exists</c>.</summary>
    public static ApiError AlreadyExists(ResourceType type, string name) =>
        new(409, "AlreadyExists", $"{type.GroupResource} \"{name}\" already exists", ResourceDetails(name, type));

    /// <summary>409 stale resourceVersion.</summary>
    public static ApiError Conflict(ResourceType type, string name, string detail =
        "the object has been modified; please apply your changes to the latest version and try again") =>
        new(409, "Conflict", $"Operation cannot be fulfilled on {type.GroupResource} \"{name}\": {detail}", ResourceDetails(name, type));

    /// <summary>422 Invalid with field causes.</summary>
    public static ApiError Invalid(ResourceType type, string name, IReadOnlyList<(string Field, string Message)> causes)
    {
        var array = new JsonArray();
        foreach (var (field, message) in causes)
        {
            array.Push(new JsonObject { ["reason"] = "FieldValueInvalid", ["message"] = message, ["field"] = field });
        }

        string text = causes.Count == 1
            ? causes[0].Field + ": " + causes[0].Message
            : "[" + string.Join(", ", causes.Select(c => c.Field + ": " + c.Message)) + "]";
        var details = new JsonObject { ["name"] = name };
        if (type.Group.Length > 0)
        {
            details["group"] = type.Group;
        }

        details["kind"] = type.Kind;
        details["causes"] = array;
        return new ApiError(422, "Invalid", $"{type.GroupKind} \"{name}\" is invalid: {text}", details);
    }

    /// <summary>400 BadRequest with free text.</summary>
    public static ApiError BadRequest(string message) => new(400, "BadRequest", message);

    /// <summary>403 namespace terminating (namespace lifecycle admission).</summary>
    public static ApiError NamespaceTerminating(ResourceType type, string name, string ns)
    {
        var details = ResourceDetails(name, type);
        details["causes"] = new JsonArray(new JsonObject
        {
            ["reason"] = "NamespaceTerminating",
            ["message"] = $"namespace {ns} is being terminated",
            ["field"] = "metadata.namespace",
        });
        return new ApiError(403, "Forbidden",
            $"{type.GroupResource} \"{name}\" is forbidden: unable to create new content in namespace {ns} because it is being terminated",
            details);
    }

    /// <summary>405 MethodNotAllowed.</summary>
    public static ApiError MethodNotAllowed() =>
        new(405, "MethodNotAllowed", "the server does not allow this method on the requested resource", new JsonObject());

    /// <summary>410 Expired.</summary>
    public static ApiError Expired(string message) => new(410, "Expired", message);

    /// <summary>415 for an unsupported body format.</summary>
    public static ApiError UnsupportedMediaType(string contentType, IEnumerable<string> accepted) =>
        new(415, "UnsupportedMediaType",
            $"the body of the request was in an unknown format - accepted media types include: {string.Join(", ", accepted)}");
}
