using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Bosun.Core.Diagnostics;

namespace Bosun.Kube.Diagnostics;

/// <summary>Turns a Status error into the matching BOSUN51xx diagnostic.</summary>
public static partial class KubeStatusMapper
{
    /// <summary>
    /// The diagnostic for <paramref name="status"/>; <paramref name="subject"/> (<c>Kind/namespace/name</c>) names the
    /// object when known. Causes become related lines (<c>field: message</c>).
    /// </summary>
    public static Diagnostic ToDiagnostic(KubeStatus status, string? subject = null)
    {
        var diagnostic = Classify(status);
        var causes = status.Causes
            .Where(c => c.Message is { Length: > 0 } || c.Field is { Length: > 0 })
            .Select(c => new RelatedLocation(c.Field is { Length: > 0 } f ? $"{f}: {c.Message}" : c.Message ?? string.Empty, null))
            .ToImmutableArray();
        return diagnostic with { Subject = subject, Related = causes };
    }

    /// <summary>An exception carrying the diagnostic and the Status.</summary>
    public static KubeApiException ToException(KubeStatus status, string? subject = null) =>
        new(ToDiagnostic(status, subject), status);

    /// <summary>True for 422 responses whose causes or message say a field is immutable.</summary>
    public static bool IsImmutable(KubeStatus status) =>
        status.Code == 422
        && (status.Causes.Any(c => c.Message is { } m && ImmutablePattern().IsMatch(m)) || ImmutablePattern().IsMatch(status.Message));

    /// <summary>The <c>FieldManagerConflict</c> causes of a 409 apply conflict.</summary>
    public static IReadOnlyList<FieldManagerConflict> ParseConflicts(KubeStatus status)
    {
        if (status.Code != 409)
        {
            return [];
        }

        var conflicts = new List<FieldManagerConflict>();
        foreach (var cause in status.Causes)
        {
            if (cause.Type != "FieldManagerConflict" || cause.Message is null)
            {
                continue;
            }

            var match = ConflictCause().Match(cause.Message);
            if (match.Success)
            {
                string? apiVersion = match.Groups[2].Success ? match.Groups[2].Value : null;
                conflicts.Add(new FieldManagerConflict(Regex.Unescape(match.Groups[1].Value), cause.Field ?? string.Empty, apiVersion));
            }
        }

        return conflicts;
    }

    private static Diagnostic Classify(KubeStatus status)
    {
        string message = status.Message.Length > 0 ? status.Message : DefaultMessage(status.Code);
        if (WebhookDenial().Match(message) is { Success: true } webhook)
        {
            return KubeErrors.WebhookDenied.Create(webhook.Groups[1].Value, webhook.Groups[2].Value);
        }

        switch (status.Code)
        {
            case 401:
                return KubeErrors.Unauthorized.Create(message);
            case 403:
                return KubeErrors.Forbidden.Create(message);
            case 404:
                return KubeErrors.NotFound.Create(message);
            case 409 when status.Reason == "AlreadyExists":
                return KubeErrors.AlreadyExists.Create(message);
            case 409 when ParseConflicts(status) is { Count: > 0 } conflicts:
                return KubeErrors.ApplyConflict.Create(string.Join(
                    ", ",
                    conflicts.Select(c => c.ApiVersion is null
                        ? $"{c.Field} is managed by \"{c.Manager}\""
                        : $"{c.Field} is managed by \"{c.Manager}\" (using {c.ApiVersion})")))
                    .WithHint("apply with force to take ownership of these fields, or stop setting them");
            case 409:
                return KubeErrors.Conflict.Create(message);
            case 410:
                return KubeErrors.Expired.Create(message);
            case 422 when IsImmutable(status):
            {
                var fields = status.Causes.Where(c => c.Message is { } m && ImmutablePattern().IsMatch(m) && c.Field is { Length: > 0 })
                    .Select(c => c.Field ?? string.Empty).Distinct(StringComparer.Ordinal).ToList();
                string group = status.DetailsGroup is { Length: > 0 } g ? "." + g : string.Empty;
                string what = (status.DetailsKind, status.DetailsName) is ({ } k, { } n) ? $"{k}{group} \"{n}\"" : "object";
                return KubeErrors.ImmutableField.Create(fields.Count > 0 ? $"{what}: {string.Join(", ", fields)}" : what);
            }

            case 422:
                return KubeErrors.Invalid.Create(message);
            case 429:
                return KubeErrors.TooManyRequests.Create(message);
            case 504:
                return KubeErrors.ServerTimeout.Create(message);
            case 408:
                return KubeErrors.ServerTimeout.Create(message);
            case >= 500:
                return status.Reason is "Timeout" or "ServerTimeout"
                    ? KubeErrors.ServerTimeout.Create(message)
                    : KubeErrors.ServerError.Create(status.Code, message);
            default:
                return status.Reason is "Timeout" or "ServerTimeout"
                    ? KubeErrors.ServerTimeout.Create(message)
                    : KubeErrors.BadRequest.Create(status.Reason is { Length: > 0 } r ? r : "HTTP " + status.Code, message);
        }
    }

    private static string DefaultMessage(int code) => code switch
    {
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "the server could not find the requested resource",
        429 => "Too many requests",
        _ => "HTTP " + code,
    };

    [GeneratedRegex(@"is\simmutable|immutable\sfield|field is immutable")]
    private static partial Regex ImmutablePattern();

    [GeneratedRegex("^conflict with \"((?:[^\"\\\\]|\\\\.)*)\"(?: using (\\S+))?")]
    private static partial Regex ConflictCause();

    [GeneratedRegex("admission webhook \"([^\"]+)\" denied the request:?\\s*(.*)", RegexOptions.Singleline)]
    private static partial Regex WebhookDenial();
}
