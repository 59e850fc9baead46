namespace Bosun.Templating.Tests.Robustness;

/// <summary>
/// The robustness tests are CPU- and memory-heavy; within each collection they run one after the other,
/// so their time limits measure the engine rather than contention between them.
/// </summary>
public static class RobustnessCollection
{
    /// <summary>Fixed-seed fuzzing (<see cref="TemplateFuzzTests"/>).</summary>
    public const string Fuzz = "Robustness.Fuzz";

    /// <summary>Deep nesting, recursion and runaway output (<see cref="DeepNestingTests"/>).</summary>
    public const string Deep = "Robustness.Deep";
}
