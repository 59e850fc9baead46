using Bosun.Core.Text;

namespace Bosun.Templating.Syntax;

/// <summary>A <c>{{template "name" pipeline}}</c> action (also what a <c>block</c> leaves in place).</summary>
public sealed class TemplateNode : Node
{
    internal TemplateNode(SyntaxTree tree, int position, TextSpan span, int line, string name, PipeNode? pipe)
        : base(tree, position, span)
    {
        Line = line;
        Name = name;
        Pipe = pipe;
    }

    public override NodeType Type => NodeType.Template;

    public int Line { get; }

    /// <summary>The template name, unquoted.</summary>
    public string Name { get; }

    /// <summary>The value for dot; null when absent.</summary>
    public PipeNode? Pipe { get; }
}
