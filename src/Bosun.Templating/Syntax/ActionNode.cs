namespace Bosun.Templating.Syntax;

/// <summary>A simple action <c>{{ pipeline }}</c>: its value is printed unless it declares variables.</summary>
public sealed class ActionNode : Node
{
    internal ActionNode(SyntaxTree tree, int position, int line, PipeNode pipe)
        : base(tree, position, pipe.Span)
    {
        Line = line;
        Pipe = pipe;
    }

    public override NodeType Type => NodeType.Action;

    public int Line { get; }

    public PipeNode Pipe { get; }
}
