using Bosun.Core.Text;

namespace Bosun.Templating.Syntax;

/// <summary>What if, range and with have in common: a pipeline, a body and an optional else body.</summary>
public abstract class BranchNode : Node
{
    private protected BranchNode(SyntaxTree tree, int position, TextSpan span, int line, PipeNode pipe, ListNode list, ListNode? elseList)
        : base(tree, position, span)
    {
        Line = line;
        Pipe = pipe;
        List = list;
        ElseList = elseList;
    }

    public int Line { get; }

    public PipeNode Pipe { get; }

    /// <summary>Executed when the value is non-empty.</summary>
    public ListNode List { get; }

    /// <summary>Executed when the value is empty; null when there is no else.</summary>
    public ListNode? ElseList { get; }
}
