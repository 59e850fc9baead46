using System.Runtime.ExceptionServices;

namespace Bosun.Templating.Tests.Robustness;

/// <summary>
/// Runs work on a thread with the stack the <c>bosun</c> CLI gives commands (256 MB, see
/// Bosun.Cli's Program.CommandStackSize): Go grows goroutine stacks to 1 GB and helm's recursion limits
/// (1000 nested includes, 100000 nested templates) assume that, so the engine is tested as the CLI runs it.
/// </summary>
internal static class LargeStack
{
    public const int StackSize = 256 * 1024 * 1024;

    /// <summary>Runs <paramref name="work"/>; rethrows its exception; fails when it takes longer than <paramref name="deadline"/>.</summary>
    public static T Run<T>(Func<T> work, TimeSpan deadline)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception ex)
                {
                    failure = ExceptionDispatchInfo.Capture(ex);
                }
            },
            StackSize)
        {
            IsBackground = true,
            Name = "robustness",
        };
        thread.Start();
        if (!thread.Join(deadline))
        {
            throw new TimeoutException($"did not finish within {deadline.TotalSeconds}s");
        }

        failure?.Throw();
        return result;
    }
}
