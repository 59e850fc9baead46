namespace Bosun.Kube.Emulator.Apply;

/// <summary>A leaf value (string, number, bool, or anything replaced whole).</summary>
public sealed class ScalarSchema : MergeSchema
{
    public static ScalarSchema Instance { get; } = new();
}
