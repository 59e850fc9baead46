using BenchmarkDotNet.Attributes;
using Bosun.Core.Values;
using Bosun.Engine.Charts;

namespace Bosun.Benchmarks;

/// <summary>The whole of <c>bosun template</c> on the example chart: load, coalesce, render, sort, print.</summary>
[MemoryDiagnoser]
public class ChartBenchmarks
{
    private Chart? _chart;

    [GlobalSetup]
    public void Setup() => _chart = ChartLoader.Load(BenchPaths.ExampleChart, "hello");

    [Benchmark]
    public Chart LoadExampleChart() => ChartLoader.Load(BenchPaths.ExampleChart, "hello");

    [Benchmark]
    public string RenderExampleChart()
    {
        var chart = _chart ?? throw new InvalidOperationException("setup did not run");
        var result = ChartRenderer.Render(chart, new GoMap(), new ReleaseOptions { Name = "demo" }, ChartRenderOptions.Default);
        return HelmTemplatePrinter.Print(result);
    }
}
