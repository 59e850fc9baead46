using Bosun.Core.Text;

namespace Bosun.Templating.Syntax;

/// <summary>A <c>{{continue}}</c> action inside a range.</summary>
public sealed class ContinueNode : Node
{
    internal ContinueNode(SyntaxTree tree, int position, TextSpan span, int line)
        : base(tree, position, span)
    {
        Line = line;
    }

    public override NodeType Type => NodeType.Continue;

    public int Line { get; }
}
