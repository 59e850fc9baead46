namespace Bosun.Kube.Emulator.Apply;

/// <summary>A map (<c>additionalProperties</c>, labels, data): every key is owned; atomic maps are owned whole.</summary>
public sealed class MapSchema(MergeSchema element, bool atomic = false) : MergeSchema
{
    public MergeSchema Element { get; } = element;

    public bool Atomic { get; } = atomic;
}
