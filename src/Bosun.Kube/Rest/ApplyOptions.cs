namespace Bosun.Kube.Rest;

/// <summary>Server-side apply parameters.</summary>
public sealed record ApplyOptions
{
    /// <summary>The field manager; Bosun's own is <c>bosun</c>.</summary>
    public string FieldManager { get; init; } = "bosun";

    /// <summary>Take ownership of fields other managers own instead of failing with a conflict.</summary>
    public bool Force { get; init; }

    /// <summary>Run admission and apply on the server without storing (<c>dryRun=All</c>).</summary>
    public bool DryRun { get; init; }

    /// <summary><c>Strict</c>, <c>Warn</c> or <c>Ignore</c>; null leaves the server default.</summary>
    public string? FieldValidation { get; init; }

    /// <summary>Apply to a subresource (<c>status</c>).</summary>
    public string? Subresource { get; init; }
}
