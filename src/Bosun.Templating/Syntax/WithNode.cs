using Bosun.Core.Text;

namespace Bosun.Templating.Syntax;

/// <summary>An <c>{{with}}</c> action with its bodies.</summary>
public sealed class WithNode : BranchNode
{
    internal WithNode(SyntaxTree tree, int position, TextSpan span, int line, PipeNode pipe, ListNode list, ListNode? elseList)
        : base(tree, position, span, line, pipe, list, elseList)
    {
    }

    public override NodeType Type => NodeType.With;
}
