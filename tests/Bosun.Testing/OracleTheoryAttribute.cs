using Xunit;

namespace Bosun.Testing;

/// <summary>A theory that compares with the real helm v4; skipped when helm4 is not installed.</summary>
public sealed class OracleTheoryAttribute : TheoryAttribute
{
    public OracleTheoryAttribute()
    {
        if (Oracles.Helm4 is null)
        {
            Skip = "helm4 oracle not installed: run scripts/install-oracles.sh";
        }
    }
}
