namespace Bosun.Kube.Emulator.Apply;

/// <summary>
/// One conflicting field: the other manager and the path as kube-apiserver prints it in
/// <c>Apply failed with 1 conflict: conflict with "kubectl": .spec.replicas</c>.
/// </summary>
public sealed record FieldConflict(string Manager, string Path)
{
    /// <summary>The other entry's operation: <c>Apply</c> or <c>Update</c>.</summary>
    public string Operation { get; init; } = "Apply";

    /// <summary>The other entry's apiVersion (printed for Update managers).</summary>
    public string? ApiVersion { get; init; }

    /// <summary>The other entry's subresource, or null.</summary>
    public string? Subresource { get; init; }

    /// <summary>
    /// The manager as the API server prints it (apimachinery <c>printManager</c>): <c>"kubectl"</c>,
    /// <c>"kube-controller-manager" with subresource "status" using apps/v1</c>.
    /// </summary>
    public string PrintedManager
    {
        get
        {
            var s = JsonValues.GoQuote(Manager);
            if (!string.IsNullOrEmpty(Subresource))
            {
                s += " with subresource " + JsonValues.GoQuote(Subresource);
            }
            if (Operation == "Update")
            {
                s += " using " + ApiVersion;
            }
            return s;
        }
    }

    /// <summary>The Status cause message: <c>conflict with "kubectl"</c>.</summary>
    public string CauseMessage => "conflict with " + PrintedManager;
}
