using Bosun.Core.Text;

namespace Bosun.Templating.Syntax;

/// <summary>The constant <c>true</c> or <c>false</c>.</summary>
public sealed class BoolNode : Node
{
    internal BoolNode(SyntaxTree tree, int position, bool value)
        : base(tree, position, new TextSpan(position, value ? 4 : 5))
    {
        Value = value;
    }

    public override NodeType Type => NodeType.Bool;

    public bool Value { get; }
}
