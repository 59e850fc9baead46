using Bosun.Core.Text;

namespace Bosun.Templating.Syntax;

/// <summary>
/// A node of a template parse tree. <see cref="Position"/> is the offset Go records for the node (used in
/// Go's <c>NAME:LINE:COL</c> messages); <see cref="Span"/> covers the node's source text for diagnostics.
/// </summary>
public abstract class Node
{
    private protected Node(SyntaxTree tree, int position, TextSpan span)
    {
        Tree = tree;
        Position = position;
        Span = span;
    }

    /// <summary>The tree the node was parsed into (its <see cref="SyntaxTree.ParseName"/> names the file).</summary>
    public SyntaxTree Tree { get; }

    /// <summary>Go's node position: the offset of the node's first significant token.</summary>
    public int Position { get; }

    /// <summary>The source text of the node.</summary>
    public TextSpan Span { get; internal set; }

    public abstract NodeType Type { get; }

    /// <summary>Where the node is, for diagnostics.</summary>
    public SourceLocation Location => new(Tree.Source, Span);

    /// <summary>The node as Go's <c>node.String()</c> prints it.</summary>
    public override string ToString() => SyntaxPrinter.Print(this);
}
