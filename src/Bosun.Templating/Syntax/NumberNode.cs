using Bosun.Core.Text;

namespace Bosun.Templating.Syntax;

/// <summary>
/// A number constant, stored under every type that can represent it exactly, as Go's parse.NumberNode
/// does to simulate ideal constants.
/// </summary>
public sealed class NumberNode : Node
{
    internal NumberNode(SyntaxTree tree, int position, string text)
        : base(tree, position, new TextSpan(position, text.Length))
    {
        Text = text;
    }

    public override NodeType Type => NodeType.Number;

    /// <summary>The literal as written.</summary>
    public string Text { get; }

    public bool IsInt { get; internal set; }

    public bool IsUint { get; internal set; }

    public bool IsFloat { get; internal set; }

    public bool IsComplex { get; internal set; }

    public long Int64 { get; internal set; }

    public ulong Uint64 { get; internal set; }

    public double Float64 { get; internal set; }

    public double ComplexReal { get; internal set; }

    public double ComplexImaginary { get; internal set; }
}
