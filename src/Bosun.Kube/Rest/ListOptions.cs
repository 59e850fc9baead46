namespace Bosun.Kube.Rest;

/// <summary>Query parameters of a LIST.</summary>
public sealed record ListOptions
{
    /// <summary><c>app=web,tier!=db</c>, <c>env in (a,b)</c>, <c>!legacy</c>.</summary>
    public string? LabelSelector { get; init; }

    /// <summary><c>metadata.name=web</c>.</summary>
    public string? FieldSelector { get; init; }

    /// <summary>Page size; 0 means no limit.</summary>
    public int Limit { get; init; }

    public string? Continue { get; init; }

    /// <summary><c>0</c> allows a cached read; null reads the latest.</summary>
    public string? ResourceVersion { get; init; }

    public string? ResourceVersionMatch { get; init; }
}
