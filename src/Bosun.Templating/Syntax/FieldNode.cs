using Bosun.Core.Text;

namespace Bosun.Templating.Syntax;

/// <summary>A field chain on dot: <c>.a.b</c> has identifiers <c>a</c>, <c>b</c>.</summary>
public sealed class FieldNode : Node
{
    internal FieldNode(SyntaxTree tree, int position, TextSpan span, string text)
        : base(tree, position, span)
    {
        Identifiers = text[1..].Split('.');
    }

    public override NodeType Type => NodeType.Field;

    /// <summary>The field names without dots, in order.</summary>
    public string[] Identifiers { get; }
}
