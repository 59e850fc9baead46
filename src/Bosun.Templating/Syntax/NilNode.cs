using Bosun.Core.Text;

namespace Bosun.Templating.Syntax;

/// <summary>The untyped constant <c>nil</c>.</summary>
public sealed class NilNode : Node
{
    internal NilNode(SyntaxTree tree, int position)
        : base(tree, position, new TextSpan(position, 3))
    {
    }

    public override NodeType Type => NodeType.Nil;
}
