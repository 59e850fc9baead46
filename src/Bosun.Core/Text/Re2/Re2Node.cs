namespace Bosun.Core.Text.Re2;

/// <summary>A node of the parsed expression. Case folding, dot and anchor flags are resolved at parse time.</summary>
internal sealed class Re2Node
{
    public Re2Node(Re2NodeKind kind)
    {
        Kind = kind;
    }

    public Re2NodeKind Kind { get; }

    /// <summary>The rune of a Literal.</summary>
    public int Rune { get; init; }

    /// <summary>Cleaned inclusive range pairs of a CharClass.</summary>
    public int[] Ranges { get; init; } = [];

    public int Min { get; init; }

    /// <summary>Upper bound of a Repeat; -1 for unbounded.</summary>
    public int Max { get; init; }

    public bool Greedy { get; init; } = true;

    /// <summary>Capture index (1-based) of a Capture or capturing LeftParen; 0 for a non-capturing group.</summary>
    public int Cap { get; init; }

    public string? Name { get; init; }

    /// <summary>Flags in force when a LeftParen was pushed (restored at its close).</summary>
    public Re2Flags Flags { get; init; }

    public List<Re2Node> Subs { get; init; } = [];

    public bool IsMarker => Kind is Re2NodeKind.LeftParen or Re2NodeKind.VerticalBar;
}
