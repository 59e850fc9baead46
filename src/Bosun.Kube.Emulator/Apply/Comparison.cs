namespace Bosun.Kube.Emulator.Apply;

/// <summary>What changed between two versions of an object (SMD <c>typed.Comparison</c>).</summary>
internal sealed record Comparison(FieldSet Added, FieldSet Modified, FieldSet Removed)
{
    public bool IsSame => Added.IsEmpty && Modified.IsEmpty && Removed.IsEmpty;
}
