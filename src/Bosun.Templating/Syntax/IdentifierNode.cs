using Bosun.Core.Text;

namespace Bosun.Templating.Syntax;

/// <summary>A function name.</summary>
public sealed class IdentifierNode : Node
{
    internal IdentifierNode(SyntaxTree tree, int position, string identifier)
        : base(tree, position, new TextSpan(position, identifier.Length))
    {
        Identifier = identifier;
    }

    public override NodeType Type => NodeType.Identifier;

    public string Identifier { get; }
}
