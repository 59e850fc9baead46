using Bosun.Core.Text;

namespace Bosun.Templating.Syntax;

/// <summary>One command of a pipeline: a function, field, variable or constant and its arguments.</summary>
public sealed class CommandNode : Node
{
    internal CommandNode(SyntaxTree tree, int position)
        : base(tree, position, new TextSpan(position, 0))
    {
    }

    public override NodeType Type => NodeType.Command;

    /// <summary>The operands in lexical order; the first is the command itself.</summary>
    public IReadOnlyList<Node> Arguments => ArgList;

    internal List<Node> ArgList { get; } = [];

    internal void Append(Node argument)
    {
        ArgList.Add(argument);
        Span = ArgList.Count == 1
            ? argument.Span
            : TextSpan.FromBounds(Math.Min(Span.Start, argument.Span.Start), Math.Max(Span.End, argument.Span.End));
    }
}
