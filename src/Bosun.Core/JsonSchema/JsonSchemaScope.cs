namespace Bosun.Core.JsonSchema;

/// <summary>The dynamic scope of a validation (which schema validates which value), for cycles and dynamic refs.</summary>
internal sealed class JsonSchemaScope
{
    public JsonSchemaScope(JsonSchemaNode node, string refKeyword, int vid, JsonSchemaScope? parent)
    {
        Node = node;
        RefKeyword = refKeyword;
        Vid = vid;
        Parent = parent;
    }

    public JsonSchemaNode Node { get; }

    public string RefKeyword { get; }

    public int Vid { get; }

    public JsonSchemaScope? Parent { get; }

    public JsonSchemaScope Child(JsonSchemaNode node, string refKeyword, int vid) => new(node, refKeyword, vid, this);

    public JsonSchemaScope? CheckCycle()
    {
        for (var scp = Parent; scp is not null; scp = scp.Parent)
        {
            if (scp.Vid != Vid)
            {
                break;
            }

            if (ReferenceEquals(scp.Node, Node))
            {
                return scp;
            }
        }

        return null;
    }

    public string KeywordLocation()
    {
        string loc = string.Empty;
        for (var sc = this; sc.Parent is not null; sc = sc.Parent)
        {
            if (sc.RefKeyword.Length > 0)
            {
                loc = "/" + JsonSchemaCompiler.Escape(sc.RefKeyword) + loc;
            }
            else
            {
                string cur = sc.Node.Location;
                string parent = sc.Parent.Node.Location;
                loc = (cur.Length >= parent.Length ? cur[parent.Length..] : cur) + loc;
            }
        }

        return loc;
    }
}
