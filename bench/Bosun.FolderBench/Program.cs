using System.Diagnostics;
using System.Text;
using Bosun.Core.Diagnostics;
using Bosun.Core.Values;
using Bosun.Engine.Charts;

namespace Bosun.FolderBench;

/// <summary>
/// <c>bosun-folder-bench FOLDER [--release NAME] [--out DIR] [--repeat N] [--phases]</c>: loads and renders
/// every chart directory directly under FOLDER (sorted by name) exactly as <c>bosun template NAME CHART</c>
/// does, in one process. <c>--out</c> writes each chart's output to DIR/CHART.yaml (errors to CHART.err) so
/// the caller can diff it against helm; <c>--repeat</c> renders the whole folder N times (warm timings);
/// <c>--phases</c> prints per-phase wall-clock times of the first chart (cold) to stderr.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        long entry = Stopwatch.GetTimestamp();
        string? folder = null;
        string release = "demo";
        string? outDir = null;
        int repeat = 1;
        bool phases = false;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--release":
                    release = args[++i];
                    break;
                case "--out":
                    outDir = args[++i];
                    break;
                case "--repeat":
                    repeat = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "--phases":
                    phases = true;
                    break;
                default:
                    folder = args[i];
                    break;
            }
        }

        if (folder is null)
        {
            Console.Error.WriteLine("usage: bosun-folder-bench FOLDER [--release NAME] [--out DIR] [--repeat N] [--phases]");
            return 2;
        }

        var charts = Directory.GetDirectories(folder)
            .Where(d => File.Exists(Path.Combine(d, "Chart.yaml")))
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (outDir is not null)
        {
            Directory.CreateDirectory(outDir);
        }

        int failures = 0;
        long bytes = 0;
        var stdout = Console.OpenStandardOutput();
        for (int round = 0; round < repeat; round++)
        {
            long roundStart = Stopwatch.GetTimestamp();
            foreach (string dir in charts)
            {
                string name = Path.GetFileName(dir);
                var timer = phases && round == 0 && dir == charts[0] ? new PhaseTimer(entry) : null;
                try
                {
                    var userValues = UserValues.Merge([], [], p => p);
                    var chart = ChartLoader.Load(dir, dir);
                    timer?.Mark("load");
                    var result = ChartRenderer.Render(chart, userValues, new ReleaseOptions { Name = release, Namespace = "default" }, ChartRenderOptions.Default);
                    timer?.Mark("render");
                    string text = result.HasErrors ? string.Join('\n', result.Diagnostics.Select(d => d.ToString())) : HelmTemplatePrinter.Print(result);
                    timer?.Mark("print");
                    if (result.HasErrors)
                    {
                        failures++;
                    }

                    bytes += text.Length;
                    if (outDir is not null && round == 0)
                    {
                        File.WriteAllText(Path.Combine(outDir, name + (result.HasErrors ? ".err" : ".yaml")), text);
                    }
                    else if (outDir is null && round == 0 && charts.Length == 1)
                    {
                        stdout.Write(Encoding.UTF8.GetBytes(text));
                    }
                }
                catch (BosunException ex)
                {
                    failures++;
                    if (outDir is not null && round == 0)
                    {
                        File.WriteAllText(Path.Combine(outDir, name + ".err"), ex.Diagnostic.ToString());
                    }
                }

                timer?.Report();
            }

            if (repeat > 1)
            {
                Console.Error.WriteLine($"round {round + 1}: {charts.Length} charts in {Stopwatch.GetElapsedTime(roundStart).TotalMilliseconds:F1} ms");
            }
        }

        Console.Error.WriteLine($"rendered {charts.Length} charts ({failures} failed, {bytes} chars) in {Stopwatch.GetElapsedTime(entry).TotalMilliseconds:F1} ms since Main");
        return failures == 0 ? 0 : 1;
    }
}
