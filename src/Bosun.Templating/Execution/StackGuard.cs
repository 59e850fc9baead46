using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace Bosun.Templating.Execution;

/// <summary>
/// Keeps deep recursion (nested parentheses, control structures, template calls) from overflowing the
/// .NET stack: when the current thread runs low, the work continues on a fresh thread with a large stack
/// while the caller waits. Explicit depth limits elsewhere bound how far this can go.
/// </summary>
internal static class StackGuard
{
    private const int NewStackSize = 64 * 1024 * 1024;

    /// <summary>True while the current stack has comfortable room left.</summary>
    public static bool HasRoom => RuntimeHelpers.TryEnsureSufficientExecutionStack();

    /// <summary>Runs <paramref name="action"/> on a new thread with a large stack; exceptions are rethrown here.</summary>
    public static void RunOnNewStack(Action action)
    {
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    action();
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
            },
            NewStackSize);
        thread.Start();
        thread.Join();
        failure?.Throw();
    }
}
