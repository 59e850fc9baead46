namespace Bosun.Secrets.Sops;

/// <summary>A master key Bosun cannot use (PGP, cloud KMS, Vault): kept field by field so files round-trip.</summary>
public sealed class SopsOpaqueKey : SopsMasterKey
{
    private readonly SopsBranch _fields;

    public SopsOpaqueKey(string kind, SopsBranch fields)
    {
        Kind = kind;
        _fields = fields;
    }

    public override string Kind { get; }

    public override SopsBranch ToBranch() => _fields;
}
