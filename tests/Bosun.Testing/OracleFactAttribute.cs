using Xunit;

namespace Bosun.Testing;

/// <summary>
/// A fact that compares with the real helm v4; skipped (and reported as skipped) when helm4 is not
/// installed. Mark such tests with <c>[Trait("Category", Oracles.Category)]</c> too.
/// </summary>
public sealed class OracleFactAttribute : FactAttribute
{
    public OracleFactAttribute()
    {
        if (Oracles.Helm4 is null)
        {
            Skip = "helm4 oracle not installed: run scripts/install-oracles.sh";
        }
    }
}
