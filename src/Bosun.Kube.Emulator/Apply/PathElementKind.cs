namespace Bosun.Kube.Emulator.Apply;

/// <summary>The four kinds of path element, in SMD's sort order.</summary>
public enum PathElementKind
{
    /// <summary><c>f:name</c>: a struct field or map key.</summary>
    Field = 0,

    /// <summary><c>k:{…}</c>: an associative-list item by its key fields.</summary>
    Key = 1,

    /// <summary><c>v:value</c>: a set-list item.</summary>
    Value = 2,

    /// <summary><c>i:n</c>: an item by index.</summary>
    Index = 3,
}
