using Bosun.Testing;

namespace Bosun.Kube.Emulator.Tests.Patches;

/// <summary>A theory that compares with the real kubectl (1.35); skipped when kubectl is not installed.</summary>
public sealed class KubectlTheoryAttribute : TheoryAttribute
{
    public KubectlTheoryAttribute()
    {
        if (Oracles.Find("kubectl") is null)
        {
            Skip = "kubectl oracle not installed: run scripts/install-oracles.sh";
        }
    }
}
