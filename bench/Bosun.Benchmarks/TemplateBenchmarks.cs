using BenchmarkDotNet.Attributes;
using Bosun.Core.Text;
using Bosun.Core.Values;
using Bosun.Engine.Charts;
using Bosun.Templating;

namespace Bosun.Benchmarks;

/// <summary>
/// Parse and execute throughput of the template engine on realistic input: the example chart's templates
/// and a large helper-heavy "common library" template (bjw-s style), per operation with allocations.
/// </summary>
[MemoryDiagnoser]
public class TemplateBenchmarks
{
    private const string LibraryName = "bench/templates/common-library.yaml";

    private SourceFile[] _exampleFiles = [];
    private SourceFile _library = new("x", string.Empty);
    private TemplateSet _exampleSet = new(TemplateOptions.Helm(4));
    private TemplateSet _librarySet = new(TemplateOptions.Helm(4));
    private GoMap _exampleTop = new();
    private GoMap _libraryTop = new();

    [GlobalSetup]
    public void Setup()
    {
        var chart = ChartLoader.Load(BenchPaths.ExampleChart, "hello");
        _exampleFiles = [.. chart.Templates.Select(t => new SourceFile("hello/" + t.Name, t.Text))];
        _exampleSet = ParseAll(_exampleFiles);
        _exampleTop = Top(chart, chart.Values, "hello/templates/deployment.yaml");

        _library = new SourceFile(LibraryName, File.ReadAllText(BenchPaths.Corpus("common-library.tpl")));
        _librarySet = ParseAll([_library]);
        var libraryChart = chart with { Metadata = chart.Metadata with { Name = "bench" } };
        var values = ValuesLoader.Load(File.ReadAllText(BenchPaths.Corpus("common-library.values.yaml")));
        _libraryTop = Top(libraryChart, values, LibraryName);
    }

    [Benchmark]
    public TemplateSet ParseExampleChart() => ParseAll(_exampleFiles);

    [Benchmark]
    public TemplateSet ParseCommonLibrary() => ParseAll([_library]);

    [Benchmark]
    public string ExecuteExampleDeployment() => _exampleSet.Execute("hello/templates/deployment.yaml", _exampleTop);

    [Benchmark]
    public string ExecuteCommonLibrary() => _librarySet.Execute(LibraryName, _libraryTop);

    private static TemplateSet ParseAll(IEnumerable<SourceFile> files)
    {
        var set = new TemplateSet(TemplateOptions.Helm(4));
        foreach (var file in files)
        {
            set.Parse(file);
        }

        return set;
    }

    private static GoMap Top(Chart chart, GoMap values, string templateName)
    {
        var coalesced = ValuesCoalescer.Coalesce(values, new GoMap());
        var top = RenderValues.Create(chart, coalesced, new ReleaseOptions { Name = "demo" }, Capabilities.Default);
        top["Template"] = RenderValues.TemplateMap(templateName, templateName[..templateName.LastIndexOf('/')]);
        return top;
    }
}
