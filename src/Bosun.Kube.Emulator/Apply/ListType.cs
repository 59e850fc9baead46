namespace Bosun.Kube.Emulator.Apply;

/// <summary><c>x-kubernetes-list-type</c>.</summary>
public enum ListType
{
    /// <summary>Replaced and owned whole.</summary>
    Atomic,

    /// <summary>Scalars merged as a set, items owned as <c>v:</c>.</summary>
    Set,

    /// <summary>Objects merged by key fields, items owned as <c>k:</c>.</summary>
    Map,
}
