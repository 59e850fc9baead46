using Bosun.Core.Text;

namespace Bosun.Templating.Syntax;

/// <summary>A pipeline, optionally declaring (<c>$x := </c>) or assigning (<c>$x = </c>) variables.</summary>
public sealed class PipeNode : Node
{
    internal PipeNode(SyntaxTree tree, int position, int line)
        : base(tree, position, new TextSpan(position, 0))
    {
        Line = line;
    }

    public override NodeType Type => NodeType.Pipe;

    public int Line { get; }

    /// <summary>True for <c>=</c> (assignment), false for <c>:=</c> (declaration).</summary>
    public bool IsAssign { get; internal set; }

    /// <summary>Declared or assigned variables in lexical order.</summary>
    public IReadOnlyList<VariableNode> Declarations => DeclList;

    /// <summary>The commands in lexical order.</summary>
    public IReadOnlyList<CommandNode> Commands => CommandList;

    internal List<VariableNode> DeclList { get; } = [];

    internal List<CommandNode> CommandList { get; } = [];

    internal void AddDeclaration(VariableNode variable)
    {
        DeclList.Add(variable);
        Extend(variable.Span);
    }

    internal void Append(CommandNode command)
    {
        CommandList.Add(command);
        Extend(command.Span);
    }

    private void Extend(TextSpan span) =>
        Span = Span.Length == 0 && DeclList.Count + CommandList.Count == 1
            ? span
            : TextSpan.FromBounds(Math.Min(Span.Start, span.Start), Math.Max(Span.End, span.End));
}
