namespace Bosun.Kube.Emulator.Apply;

/// <summary>A path from the object root (SMD <c>fieldpath.Path</c>).</summary>
public sealed class FieldPath : IEquatable<FieldPath>
{
    public FieldPath(IEnumerable<PathElement> elements)
    {
        Elements = elements.ToArray();
    }

    public IReadOnlyList<PathElement> Elements { get; }

    public static FieldPath Empty { get; } = new([]);

    /// <summary>A path of field names, e.g. <c>FieldPath.Of("spec", "replicas")</c>.</summary>
    public static FieldPath Of(params string[] fields) => new(fields.Select(PathElement.Field));

    public FieldPath Append(PathElement element) => new(Elements.Append(element));

    /// <summary>SMD's <c>Path.String()</c>: the elements' strings joined, e.g. <c>.spec.template.spec.containers[name="web"].image</c>.</summary>
    public override string ToString() => string.Concat(Elements.Select(e => e.ToString()));

    public bool Equals(FieldPath? other) => other is not null && CompareTo(other) == 0;

    public override bool Equals(object? obj) => obj is FieldPath p && Equals(p);

    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var e in Elements)
        {
            h.Add(e);
        }
        return h.ToHashCode();
    }

    public int CompareTo(FieldPath? other)
    {
        if (other is null)
        {
            return 1;
        }
        for (var i = 0; i < Elements.Count && i < other.Elements.Count; i++)
        {
            var c = Elements[i].CompareTo(other.Elements[i]);
            if (c != 0)
            {
                return c;
            }
        }
        return Elements.Count.CompareTo(other.Elements.Count);
    }
}
