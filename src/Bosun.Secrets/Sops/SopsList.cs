namespace Bosun.Secrets.Sops;

/// <summary>A sequence; items are values or <see cref="SopsComment"/>s.</summary>
public sealed class SopsList : List<object?>
{
    public SopsList()
    {
    }

    public SopsList(IEnumerable<object?> items)
        : base(items)
    {
    }
}
