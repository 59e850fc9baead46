using Bosun.Core.Text;

namespace Bosun.Templating.Syntax;

/// <summary>An <c>{{else}}</c> action; the parser consumes it, it never appears in a finished tree.</summary>
internal sealed class ElseNode : Node
{
    internal ElseNode(SyntaxTree tree, int position, TextSpan span, int line)
        : base(tree, position, span)
    {
        Line = line;
    }

    public override NodeType Type => NodeType.Else;

    public int Line { get; }
}
