using Xunit.Abstractions;

namespace Bosun.Templating.Tests.Robustness;

/// <summary>
/// Fixed-seed fuzzing: mutated real-world templates and grammar-generated random templates, executed
/// against random values, must only ever fail with a <see cref="TemplateException"/> carrying a code (and,
/// for parse errors, a position inside the source), and never produce unbounded output.
/// </summary>
[Collection(RobustnessCollection.Fuzz)]
public class TemplateFuzzTests
{
    private const int Seed = 20250101;
    private static readonly TimeSpan s_budget = TimeSpan.FromSeconds(25);

    private readonly ITestOutputHelper _output;

    public TemplateFuzzTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void Execute_MutatedCorpus_OnlyFailsWithTemplateDiagnostics()
    {
        var random = new Random(Seed);
        var mutator = new TemplateMutator(random);
        var values = new RandomValues(random);

        var (ran, failures, slowest) = RobustnessHarness.RunMany(12_000, s_budget, i =>
        {
            string original = RobustnessCorpus.Templates[i % RobustnessCorpus.Templates.Length];
            return (mutator.Mutate(original), values.Top(), Seed + i);
        });

        _output.WriteLine($"{ran} mutated cases run; slowest: {slowest}");
        Assert.True(failures.Count == 0, $"{failures.Count} (first 10) of {ran} cases broke an invariant:\n" + string.Join("\n", failures));
        Assert.True(ran >= 300, $"only {ran} cases ran within {s_budget.TotalSeconds}s");
    }

    [Fact]
    public void Execute_RandomTemplates_OnlyFailsWithTemplateDiagnostics()
    {
        var random = new Random(Seed + 1);
        var generator = new RandomTemplateGenerator(random);
        var values = new RandomValues(random);

        var (ran, failures, slowest) = RobustnessHarness.RunMany(8_000, s_budget, i => (generator.Generate(), values.Top(), Seed + i));

        _output.WriteLine($"{ran} random cases run; slowest: {slowest}");
        Assert.True(failures.Count == 0, $"{failures.Count} (first 10) of {ran} cases broke an invariant:\n" + string.Join("\n", failures));
        Assert.True(ran >= 300, $"only {ran} cases ran within {s_budget.TotalSeconds}s");
    }

    [Fact]
    public void Execute_EveryPrefixOfCorpus_OnlyFailsWithTemplateDiagnostics()
    {
        var values = new RandomValues(new Random(Seed + 2));
        var failures = LargeStack.Run(
            () =>
            {
                var found = new List<string>();
                foreach (string template in RobustnessCorpus.Templates)
                {
                    for (int length = 0; length <= template.Length; length++)
                    {
                        if (RobustnessHarness.Run("fuzz/prefix.yaml", template[..length], values.Top(), RobustnessHarness.Options(length)) is { } problem
                            && found.Count < 10)
                        {
                            found.Add($"prefix {length} of \"{template[..Math.Min(40, template.Length)]}...\": {problem}");
                        }
                    }
                }

                return found;
            },
            TimeSpan.FromMinutes(2));

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
