namespace Bosun.Secrets.Sops;

/// <summary>A master key that wraps the data key: an age recipient, or another kind kept as-is for round-trips.</summary>
public abstract class SopsMasterKey
{
    /// <summary>The metadata list name: <c>age</c>, <c>pgp</c>, <c>kms</c>, <c>gcp_kms</c>, <c>azure_kv</c>, <c>hc_vault</c>, <c>hckms</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>The fields as written in the file (sorted on output).</summary>
    public abstract SopsBranch ToBranch();
}
