using Bosun.Core.Text;

namespace Bosun.Templating.Syntax;

/// <summary>The cursor <c>.</c>.</summary>
public sealed class DotNode : Node
{
    internal DotNode(SyntaxTree tree, int position)
        : base(tree, position, new TextSpan(position, 1))
    {
    }

    public override NodeType Type => NodeType.Dot;
}
