namespace Bosun.Kube.Emulator.Apply;

/// <summary>
/// A set of field paths stored as a trie (SMD <c>fieldpath.Set</c>): each node has <em>members</em> (paths that end
/// here) and <em>children</em> (sub-tries). A path can be both a member and a parent of other members.
/// Instances are mutable only through <see cref="Insert"/>; the set operations return new sets.
/// </summary>
public sealed partial class FieldSet
{
    private readonly SortedSet<PathElement> _members = new(PathElement.Comparer);
    private readonly SortedDictionary<PathElement, FieldSet> _children = new(PathElement.Comparer);

    /// <summary>The elements that end a path at this node, in SMD order.</summary>
    public IReadOnlyCollection<PathElement> Members => _members;

    /// <summary>The sub-tries below this node, in SMD order.</summary>
    public IReadOnlyDictionary<PathElement, FieldSet> Children => _children;

    public static FieldSet Of(params FieldPath[] paths)
    {
        var s = new FieldSet();
        foreach (var p in paths)
        {
            s.Insert(p);
        }
        return s;
    }

    /// <summary>True when the set holds no path.</summary>
    public bool IsEmpty => _members.Count == 0 && _children.Values.All(c => c.IsEmpty);

    /// <summary>Adds a path (its parents are not added). The empty path is ignored, like SMD.</summary>
    public void Insert(FieldPath path) => Insert(path.Elements, 0);

    internal void Insert(IReadOnlyList<PathElement> elements, int from)
    {
        if (from >= elements.Count)
        {
            return;
        }
        var node = this;
        for (var i = from; i < elements.Count - 1; i++)
        {
            node = node.Descend(elements[i]);
        }
        node._members.Add(elements[^1]);
    }

    internal void AddMember(PathElement element) => _members.Add(element);

    internal FieldSet Descend(PathElement element)
    {
        if (!_children.TryGetValue(element, out var child))
        {
            child = new FieldSet();
            _children[element] = child;
        }
        return child;
    }

    /// <summary>True when the path is a member.</summary>
    public bool Has(FieldPath path)
    {
        var node = this;
        var elements = path.Elements;
        if (elements.Count == 0)
        {
            return false;
        }
        for (var i = 0; i < elements.Count - 1; i++)
        {
            if (!node._children.TryGetValue(elements[i], out var next))
            {
                return false;
            }
            node = next;
        }
        return node._members.Contains(elements[^1]);
    }

    /// <summary>The sub-trie below one element (empty when there is none).</summary>
    public FieldSet WithPrefix(PathElement element) =>
        _children.TryGetValue(element, out var child) ? child : new FieldSet();

    internal bool HasMember(PathElement element) => _members.Contains(element);

    internal FieldSet? ChildOrNull(PathElement element) => _children.TryGetValue(element, out var c) ? c : null;

    /// <summary>Every path in SMD's iteration order (members of a node before its children).</summary>
    public IEnumerable<FieldPath> Paths()
    {
        var prefix = new List<PathElement>();
        return Walk(this, prefix);

        static IEnumerable<FieldPath> Walk(FieldSet s, List<PathElement> prefix)
        {
            foreach (var m in s._members)
            {
                yield return new FieldPath(prefix.Append(m));
            }
            foreach (var (pe, child) in s._children)
            {
                prefix.Add(pe);
                foreach (var p in Walk(child, prefix))
                {
                    yield return p;
                }
                prefix.RemoveAt(prefix.Count - 1);
            }
        }
    }

    /// <summary>The number of member paths.</summary>
    public int Count => _members.Count + _children.Values.Sum(c => c.Count);

    public FieldSet Clone()
    {
        var s = new FieldSet();
        foreach (var m in _members)
        {
            s._members.Add(m);
        }
        foreach (var (pe, child) in _children)
        {
            s._children[pe] = child.Clone();
        }
        return s;
    }

    /// <summary>Paths in either set.</summary>
    public FieldSet Union(FieldSet other)
    {
        var s = Clone();
        s.UnionInPlace(other);
        return s;
    }

    private void UnionInPlace(FieldSet other)
    {
        foreach (var m in other._members)
        {
            _members.Add(m);
        }
        foreach (var (pe, child) in other._children)
        {
            Descend(pe).UnionInPlace(child);
        }
    }

    /// <summary>Paths in both sets.</summary>
    public FieldSet Intersection(FieldSet other)
    {
        var s = new FieldSet();
        foreach (var m in _members)
        {
            if (other._members.Contains(m))
            {
                s._members.Add(m);
            }
        }
        foreach (var (pe, child) in _children)
        {
            if (other._children.TryGetValue(pe, out var oc))
            {
                var i = child.Intersection(oc);
                if (!i.IsEmpty)
                {
                    s._children[pe] = i;
                }
            }
        }
        return s;
    }

    /// <summary>Paths of this set that are not members of <paramref name="other"/> (a parent minus its child stays).</summary>
    public FieldSet Difference(FieldSet other)
    {
        var s = new FieldSet();
        foreach (var m in _members)
        {
            if (!other._members.Contains(m))
            {
                s._members.Add(m);
            }
        }
        foreach (var (pe, child) in _children)
        {
            var d = other._children.TryGetValue(pe, out var oc) ? child.Difference(oc) : child.Clone();
            if (!d.IsEmpty)
            {
                s._children[pe] = d;
            }
        }
        return s;
    }

    /// <summary>Like <see cref="Difference"/>, but a member of <paramref name="other"/> also removes everything below it.</summary>
    public FieldSet RecursiveDifference(FieldSet other)
    {
        var s = new FieldSet();
        foreach (var m in _members)
        {
            if (!other._members.Contains(m))
            {
                s._members.Add(m);
            }
        }
        foreach (var (pe, child) in _children)
        {
            if (other._members.Contains(pe))
            {
                continue;
            }
            var d = other._children.TryGetValue(pe, out var oc) ? child.RecursiveDifference(oc) : child.Clone();
            if (!d.IsEmpty)
            {
                s._children[pe] = d;
            }
        }
        return s;
    }

    /// <summary>Set equality.</summary>
    public bool SetEquals(FieldSet other) => Difference(other).IsEmpty && other.Difference(this).IsEmpty;

    public override string ToString() => string.Join("\n", Paths().Select(p => p.ToString()));
}
