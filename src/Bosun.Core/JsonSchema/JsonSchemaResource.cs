namespace Bosun.Core.JsonSchema;

/// <summary>A schema resource: the document root or a subschema with its own $id (a base URI).</summary>
internal sealed class JsonSchemaResource
{
    public JsonSchemaResource(string baseUrl, string pointer)
    {
        BaseUrl = baseUrl;
        Pointer = pointer;
    }

    /// <summary>The base URI without fragment.</summary>
    public string BaseUrl { get; }

    /// <summary>The JSON pointer of the resource's root in the document.</summary>
    public string Pointer { get; }

    /// <summary>Plain-name anchors ($anchor, $dynamicAnchor, or an id fragment before 2019) → pointer in the document.</summary>
    public Dictionary<string, string> Anchors { get; } = new(StringComparer.Ordinal);

    /// <summary>$dynamicAnchor names → pointer in the document.</summary>
    public Dictionary<string, string> DynamicAnchors { get; } = new(StringComparer.Ordinal);

    /// <summary>The compiled $dynamicAnchor targets (filled as nodes compile).</summary>
    public Dictionary<string, JsonSchemaNode> DynamicAnchorNodes { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the resource root has $recursiveAnchor: true.</summary>
    public bool RecursiveAnchor { get; set; }
}
