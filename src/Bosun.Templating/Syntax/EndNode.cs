using Bosun.Core.Text;

namespace Bosun.Templating.Syntax;

/// <summary>An <c>{{end}}</c> action; the parser consumes it, it never appears in a finished tree.</summary>
internal sealed class EndNode : Node
{
    internal EndNode(SyntaxTree tree, int position, TextSpan span)
        : base(tree, position, span)
    {
    }

    public override NodeType Type => NodeType.End;
}
