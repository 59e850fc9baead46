using Bosun.Core.Text;

namespace Bosun.Templating.Syntax;

/// <summary>A <c>{{break}}</c> action inside a range.</summary>
public sealed class BreakNode : Node
{
    internal BreakNode(SyntaxTree tree, int position, TextSpan span, int line)
        : base(tree, position, span)
    {
        Line = line;
    }

    public override NodeType Type => NodeType.Break;

    public int Line { get; }
}
