using System.Diagnostics;

namespace Bosun.FolderBench;

/// <summary>Wall-clock times of the phases of one chart render, from the start of Main.</summary>
internal sealed class PhaseTimer(long start)
{
    private readonly List<(string Phase, double Ms)> _marks = [];
    private long _last = start;

    public void Mark(string phase)
    {
        long now = Stopwatch.GetTimestamp();
        _marks.Add((phase, Stopwatch.GetElapsedTime(_last, now).TotalMilliseconds));
        _last = now;
    }

    public void Report()
    {
        foreach (var (phase, ms) in _marks)
        {
            Console.Error.WriteLine($"  {phase,-8} {ms,8:F1} ms");
        }
    }
}
