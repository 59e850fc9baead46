using Bosun.Core.Diagnostics;
using Bosun.Kube.Diagnostics;

namespace Bosun.Kube.Health;

/// <summary>The wait diagnostics, formatted.</summary>
internal static class KubeErrorsFacade
{
    public static Diagnostic ObjectFailed(string subject, string message) => KubeErrors.ObjectFailed.Create(subject, message);

    public static Diagnostic WaitTimeout(string timeout, string pending) => KubeErrors.WaitTimeout.Create(timeout, pending);
}
