namespace Bosun.Secrets.Sops;

/// <summary>An ordered mapping (sops' TreeBranch): keys keep their file order, comments are items.</summary>
public sealed class SopsBranch : List<SopsItem>
{
    public SopsBranch()
    {
    }

    public SopsBranch(IEnumerable<SopsItem> items)
        : base(items)
    {
    }

    /// <summary>The value of the first item with this string key, or null.</summary>
    public SopsItem? Find(string key) => Find(i => i.Key is string k && k == key);
}
