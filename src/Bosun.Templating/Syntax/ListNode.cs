using Bosun.Core.Text;

namespace Bosun.Templating.Syntax;

/// <summary>A sequence of nodes (a template body, an if/range/with branch).</summary>
public sealed class ListNode : Node
{
    internal ListNode(SyntaxTree tree, int position)
        : base(tree, position, new TextSpan(position, 0))
    {
    }

    public override NodeType Type => NodeType.List;

    /// <summary>The element nodes in lexical order.</summary>
    public IReadOnlyList<Node> Nodes => NodeList;

    internal List<Node> NodeList { get; } = [];

    internal void Append(Node node)
    {
        NodeList.Add(node);
        Span = NodeList.Count == 1 ? node.Span : TextSpan.FromBounds(Span.Start, Math.Max(Span.End, node.Span.End));
    }
}
