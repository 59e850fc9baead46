using Bosun.Testing;

namespace Bosun.Cli.Tests.HelmTemplate;

/// <summary>A theory that runs the real helm v3; skipped (and reported as skipped) when helm3 is not installed.</summary>
internal sealed class Helm3OracleTheoryAttribute : TheoryAttribute
{
    public Helm3OracleTheoryAttribute()
    {
        if (Oracles.Helm3 is null)
        {
            Skip = "helm3 oracle not installed: run scripts/install-oracles.sh";
        }
    }
}
