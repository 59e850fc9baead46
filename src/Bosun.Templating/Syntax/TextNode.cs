using Bosun.Core.Text;

namespace Bosun.Templating.Syntax;

/// <summary>Plain text between actions (after trim markers took their spaces).</summary>
public sealed class TextNode : Node
{
    internal TextNode(SyntaxTree tree, int position, string text)
        : base(tree, position, new TextSpan(position, text.Length))
    {
        Text = text;
    }

    public override NodeType Type => NodeType.Text;

    public string Text { get; }
}
