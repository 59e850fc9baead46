using Bosun.Core.Text;

namespace Bosun.Templating.Syntax;

/// <summary>
/// One parsed template (Go's parse.Tree): a file's top level or a <c>define</c>/<c>block</c> body.
/// Immutable once parsed; shared freely between template sets and executions.
/// </summary>
public sealed class SyntaxTree
{
    internal SyntaxTree(string name, string parseName, SourceFile source, string leftDelim, string rightDelim)
    {
        Name = name;
        ParseName = parseName;
        Source = source;
        LeftDelim = leftDelim;
        RightDelim = rightDelim;
    }

    /// <summary>The template's name (the file path, or the <c>define</c>d name).</summary>
    public string Name { get; internal set; }

    /// <summary>The name of the top-level template being parsed (the file), used in messages.</summary>
    public string ParseName { get; }

    /// <summary>The body; set when parsing succeeded.</summary>
    public ListNode? Root { get; internal set; }

    public SourceFile Source { get; }

    public string LeftDelim { get; }

    public string RightDelim { get; }

    /// <summary>True when the body holds nothing but spaces and comments (Go's IsEmptyTree).</summary>
    public bool IsEmpty => IsEmptyNode(Root);

    /// <summary>Go's parse.IsEmptyTree.</summary>
    public static bool IsEmptyNode(Node? node) => node switch
    {
        null => true,
        CommentNode => true,
        ListNode list => AllEmpty(list),
        TextNode text => string.IsNullOrWhiteSpace(text.Text),
        _ => false,
    };

    public override string ToString() => Root is null ? string.Empty : SyntaxPrinter.Print(Root);

    private static bool AllEmpty(ListNode list)
    {
        foreach (var node in list.Nodes)
        {
            if (!IsEmptyNode(node))
            {
                return false;
            }
        }

        return true;
    }
}
