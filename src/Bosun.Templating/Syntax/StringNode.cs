using Bosun.Core.Text;

namespace Bosun.Templating.Syntax;

/// <summary>A string constant; <see cref="Quoted"/> is the source form, <see cref="Text"/> the value.</summary>
public sealed class StringNode : Node
{
    internal StringNode(SyntaxTree tree, int position, string quoted, string text)
        : base(tree, position, new TextSpan(position, quoted.Length))
    {
        Quoted = quoted;
        Text = text;
    }

    public override NodeType Type => NodeType.String;

    public string Quoted { get; }

    public string Text { get; }
}
