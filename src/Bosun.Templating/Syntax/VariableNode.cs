using Bosun.Core.Text;

namespace Bosun.Templating.Syntax;

/// <summary>A variable, possibly followed by fields: <c>$x.a.b</c> has identifiers <c>$x</c>, <c>a</c>, <c>b</c>.</summary>
public sealed class VariableNode : Node
{
    internal VariableNode(SyntaxTree tree, int position, TextSpan span, string text)
        : base(tree, position, span)
    {
        Identifiers = text.Split('.');
    }

    public override NodeType Type => NodeType.Variable;

    /// <summary>The variable name (with its <c>$</c>) and the field names, in order.</summary>
    public string[] Identifiers { get; }

    public string Name => Identifiers[0];
}
