using Bosun.Core.Diagnostics;

namespace Bosun.Kube.Diagnostics;

/// <summary>Status errors returned by the API server (BOSUN5100–5149).</summary>
public static partial class KubeErrors
{
    /// <summary>404 NotFound: the object, its namespace or the resource does not exist.</summary>
    public static readonly DiagnosticDescriptor NotFound =
        new(5100, Severity.Error, "{0}");

    /// <summary>409 AlreadyExists on create.</summary>
    public static readonly DiagnosticDescriptor AlreadyExists =
        new(5101, Severity.Error, "{0}");

    /// <summary>409 Conflict: the object changed since it was read (stale resourceVersion).</summary>
    public static readonly DiagnosticDescriptor Conflict =
        new(5102, Severity.Error, "{0}");

    /// <summary>409 Conflict from server-side apply: fields owned by other field managers.</summary>
    public static readonly DiagnosticDescriptor ApplyConflict =
        new(5103, Severity.Error, "server-side apply conflict: {0}");

    /// <summary>422 Invalid: the object fails validation.</summary>
    public static readonly DiagnosticDescriptor Invalid =
        new(5104, Severity.Error, "{0}");

    /// <summary>422 Invalid because an immutable field changed.</summary>
    public static readonly DiagnosticDescriptor ImmutableField =
        new(5105, Severity.Error, "{0}: field is immutable; delete and recreate the object to change it");

    /// <summary>403 Forbidden: RBAC denial or a terminating namespace.</summary>
    public static readonly DiagnosticDescriptor Forbidden =
        new(5106, Severity.Error, "{0}");

    /// <summary>An admission webhook denied the request.</summary>
    public static readonly DiagnosticDescriptor WebhookDenied =
        new(5107, Severity.Error, "admission webhook \"{0}\" denied the request: {1}");

    /// <summary>401 Unauthorized: the credentials were rejected.</summary>
    public static readonly DiagnosticDescriptor Unauthorized =
        new(5108, Severity.Error, "the server has asked for the client to provide credentials: {0}");

    /// <summary>504 or reason Timeout/ServerTimeout: the server gave up.</summary>
    public static readonly DiagnosticDescriptor ServerTimeout =
        new(5109, Severity.Error, "the server timed out: {0}", transient: true);

    /// <summary>429 TooManyRequests after the client's retries were exhausted.</summary>
    public static readonly DiagnosticDescriptor TooManyRequests =
        new(5110, Severity.Error, "the server has received too many requests and has asked us to try again later: {0}", transient: true);

    /// <summary>400, 405, 406, 413, 415: the request itself is wrong.</summary>
    public static readonly DiagnosticDescriptor BadRequest =
        new(5111, Severity.Error, "the server rejected the request ({0}): {1}");

    /// <summary>410 Expired/Gone: a resourceVersion or continue token is too old.</summary>
    public static readonly DiagnosticDescriptor Expired =
        new(5112, Severity.Error, "{0}");

    /// <summary>5xx InternalError / ServiceUnavailable after retries.</summary>
    public static readonly DiagnosticDescriptor ServerError =
        new(5113, Severity.Error, "the server reported an error (HTTP {0}): {1}", transient: true);
}
