namespace Bosun.Kube.Health;

/// <summary>What a wait ends on.</summary>
public enum WaitFor
{
    /// <summary>Every object is Current (kstatus).</summary>
    Current,

    /// <summary>Every object is gone (NotFound), e.g. after a delete.</summary>
    Deleted,
}
