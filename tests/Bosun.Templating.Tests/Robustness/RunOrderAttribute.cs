namespace Bosun.Templating.Tests.Robustness;

/// <summary>
/// Position of a test in <see cref="RunOrderOrderer"/>'s order: cases most likely to hang the engine run last,
/// so a hang (which cannot be stopped) does not keep the others from running.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RunOrderAttribute(int order) : Attribute
{
    public int Order { get; } = order;
}
