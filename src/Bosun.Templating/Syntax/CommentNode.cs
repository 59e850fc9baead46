using Bosun.Core.Text;

namespace Bosun.Templating.Syntax;

/// <summary>A comment <c>/* ... */</c> (kept only when parsing with comments).</summary>
public sealed class CommentNode : Node
{
    internal CommentNode(SyntaxTree tree, int position, string text)
        : base(tree, position, new TextSpan(position, text.Length))
    {
        Text = text;
    }

    public override NodeType Type => NodeType.Comment;

    /// <summary>The comment including <c>/*</c> and <c>*/</c>.</summary>
    public string Text { get; }
}
