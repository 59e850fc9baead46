using Bosun.Core.Text;

namespace Bosun.Templating.Syntax;

/// <summary>Fields on a term that is not dot or a variable: <c>(pipeline).a.b</c>.</summary>
public sealed class ChainNode : Node
{
    internal ChainNode(SyntaxTree tree, int position, Node node)
        : base(tree, position, node.Span)
    {
        Node = node;
    }

    public override NodeType Type => NodeType.Chain;

    /// <summary>The term the fields apply to.</summary>
    public Node Node { get; }

    /// <summary>The field names without dots, in order.</summary>
    public IReadOnlyList<string> Fields => FieldList;

    internal List<string> FieldList { get; } = [];

    internal void Add(string field, TextSpan span)
    {
        FieldList.Add(field[1..]);
        Span = TextSpan.FromBounds(Span.Start, span.End);
    }
}
