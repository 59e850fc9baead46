namespace Bosun.Kube.Rest;

/// <summary>Parameters of one WATCH request.</summary>
public sealed record WatchOptions
{
    /// <summary>Start after this resourceVersion; null or <c>0</c> starts with ADDED events for the current state.</summary>
    public string? ResourceVersion { get; init; }

    public string? LabelSelector { get; init; }

    public string? FieldSelector { get; init; }

    public bool AllowBookmarks { get; init; } = true;

    /// <summary>The WatchList protocol (kubectl 1.35, helm 4): initial ADDED events then a bookmark marked initial-events-end.</summary>
    public bool SendInitialEvents { get; init; }

    /// <summary>The server ends the stream after this long; the client then resumes from the last resourceVersion.</summary>
    public int TimeoutSeconds { get; init; } = 300;
}
