using Bosun.Core.Values;

namespace Bosun.Core.JsonSchema;

/// <summary>
/// Compiles a parsed schema document into <see cref="JsonSchemaNode"/>s as santhosh-tekuri/jsonschema v6 does:
/// the draft from <c>$schema</c> (else the default), resources by <c>$id</c>, anchors, JSON-pointer and
/// <c>$dynamicRef</c> references resolved within the document. References that leave the document are
/// <see cref="JsonSchemaProblem.RemoteReference"/> (helm would fetch or read them); <c>urn:</c> references
/// that the document does not define compile to the permissive <c>true</c> schema, as helm v4's loader does.
/// </summary>
public sealed partial class JsonSchemaCompiler
{
    private readonly object? _document;
    private readonly string _documentUrl;
    private readonly Dictionary<string, JsonSchemaResource> _resources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonSchemaNode> _nodes = new(StringComparer.Ordinal);
    private readonly Queue<(JsonSchemaNode Node, object? Value, string Pointer)> _queue = new();
    private readonly List<object?> _external = [];
    private readonly int _draft;
    private readonly bool _legacy;
    private readonly IJsonSchemaLoader? _loader;

    private JsonSchemaCompiler(object? document, string documentUrl, int draft, bool legacy, IJsonSchemaLoader? loader)
    {
        _document = document;
        _documentUrl = documentUrl;
        _draft = draft;
        _legacy = legacy;
        _loader = loader;
    }

    /// <summary>Compiles <paramref name="document"/> (from <see cref="JsonSchemaDocument"/>) located at <paramref name="documentUrl"/>.</summary>
    public static JsonSchemaNode Compile(object? document, string documentUrl, JsonSchemaDraft defaultDraft) =>
        Compile(document, documentUrl, defaultDraft, legacy: false, loader: null);

    /// <summary>
    /// Compiles <paramref name="document"/>, fetching the documents that references name outside it with
    /// <paramref name="loader"/> (null: such references are <see cref="JsonSchemaProblem.RemoteReference"/>).
    /// </summary>
    public static JsonSchemaNode Compile(object? document, string documentUrl, JsonSchemaDraft defaultDraft, IJsonSchemaLoader? loader) =>
        Compile(document, documentUrl, defaultDraft, legacy: false, loader);

    /// <summary>
    /// Compiles for xeipuuv/gojsonschema (helm v3): drafts 4, 6 and 7 from $schema, any other $schema or none
    /// read as its "hybrid" draft 7 (where $ref also hides its siblings).
    /// </summary>
    public static JsonSchemaNode CompileLegacy(object? document, string documentUrl) =>
        Compile(document, documentUrl, JsonSchemaDraft.Draft7, legacy: true, loader: null);

    /// <summary>As <see cref="CompileLegacy(object?, string)"/>, fetching external references with <paramref name="loader"/>.</summary>
    public static JsonSchemaNode CompileLegacy(object? document, string documentUrl, IJsonSchemaLoader? loader) =>
        Compile(document, documentUrl, JsonSchemaDraft.Draft7, legacy: true, loader);

    private static JsonSchemaNode Compile(object? document, string documentUrl, JsonSchemaDraft defaultDraft, bool legacy, IJsonSchemaLoader? loader)
    {
        int draft = (int)defaultDraft;
        if (legacy)
        {
            if (document is GoMap lroot && lroot.TryGetValue("$schema", out var ls) && ls is string lurl && DraftFromUrl(lurl) is int ld && ld <= 7)
            {
                draft = ld;
            }
        }
        else if (document is GoMap root && root.TryGetValue("$schema", out var s) && s is string schemaUrl)
        {
            draft = DraftFromUrl(schemaUrl) ?? throw new JsonSchemaException(
                JsonSchemaProblem.UnknownDraft,
                $"unknown $schema \"{schemaUrl}\": helm would load it as a metaschema over the network");
        }

        if (document is not GoMap and not bool)
        {
            throw new JsonSchemaException(
                JsonSchemaProblem.InvalidSchema,
                $"\"{documentUrl}#\" is not valid against metaschema: at '': got {TypeName(document)}, want boolean or object");
        }

        var compiler = new JsonSchemaCompiler(document, documentUrl, draft, legacy, loader);
        compiler.IndexResources(document, string.Empty, documentUrl, isRoot: true);
        var node = compiler.NodeAt(string.Empty);
        foreach (var resource in compiler._resources.Values.ToList())
        {
            foreach (var pointer in resource.DynamicAnchors.Values)
            {
                compiler.NodeAt(pointer);
            }
        }

        compiler.Drain();
        return node;
    }

    /// <summary>The draft a $schema URL names, or null when it is not a known draft (draftFromURL).</summary>
    public static int? DraftFromUrl(string url)
    {
        int hash = url.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            if (hash != url.Length - 1)
            {
                return null;
            }

            url = url[..hash];
        }

        string u = url.StartsWith("http://", StringComparison.Ordinal) ? url[7..]
            : url.StartsWith("https://", StringComparison.Ordinal) ? url[8..] : url;
        return u switch
        {
            "json-schema.org/schema" => 2020,
            "json-schema.org/draft/2020-12/schema" => 2020,
            "json-schema.org/draft/2019-09/schema" => 2019,
            "json-schema.org/draft-07/schema" => 7,
            "json-schema.org/draft-06/schema" => 6,
            "json-schema.org/draft-04/schema" => 4,
            _ => null,
        };
    }

    internal static string TypeName(object? v) => v switch
    {
        null => "null",
        bool => "boolean",
        string => "string",
        GoMap => "object",
        GoList => "array",
        _ => "number",
    };

    private string IdKeyword => _draft == 4 ? "id" : "$id";

    private void Drain()
    {
        while (_queue.Count > 0)
        {
            var (node, value, pointer) = _queue.Dequeue();
            CompileNode(node, value, pointer);
        }
    }

    /// <summary>The node for the schema at a document pointer, compiled (queued) on first use.</summary>
    private JsonSchemaNode NodeAt(string pointer)
    {
        if (_nodes.TryGetValue(pointer, out var existing))
        {
            return existing;
        }

        if (!TryNavigate(pointer, out var value))
        {
            throw new JsonSchemaException(JsonSchemaProblem.UnresolvedReference, $"JSON pointer \"{pointer}\" not found in {_documentUrl}");
        }

        var resource = ResourceFor(pointer);
        string location = resource.BaseUrl + "#" + pointer[resource.Pointer.Length..];
        var node = new JsonSchemaNode(location, _draft, resource);
        _nodes[pointer] = node;
        if (value is bool b)
        {
            node.Bool = b;
        }
        else if (value is GoMap)
        {
            _queue.Enqueue((node, value, pointer));
        }
        else
        {
            throw new JsonSchemaException(
                JsonSchemaProblem.InvalidSchema,
                $"\"{_documentUrl}#\" is not valid against metaschema: at '{pointer}': got {TypeName(value)}, want boolean or object");
        }

        return node;
    }

    private JsonSchemaResource ResourceFor(string pointer)
    {
        JsonSchemaResource? best = null;
        foreach (var r in _resources.Values)
        {
            if ((pointer == r.Pointer || pointer.StartsWith(r.Pointer + "/", StringComparison.Ordinal) || r.Pointer.Length == 0)
                && (best is null || r.Pointer.Length > best.Pointer.Length))
            {
                best = r;
            }
        }

        return best ?? throw new InvalidOperationException("document resource missing");
    }

    private bool TryNavigate(string pointer, out object? value)
    {
        value = _document;
        if (pointer.Length == 0)
        {
            return true;
        }

        var tokens = pointer[1..].Split('/');
        int start = 0;
        if (tokens[0].Length > 1 && tokens[0][0] == ExternalMark)
        {
            // A fetched document: "/\u0001N/..." is pointer "/..." in the N-th external document.
            value = _external[int.Parse(tokens[0].AsSpan(1), System.Globalization.CultureInfo.InvariantCulture)];
            start = 1;
        }

        foreach (var raw in tokens.AsSpan(start))
        {
            string tok = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (value is GoMap m && m.TryGetValue(tok, out var next))
            {
                value = next;
            }
            else if (value is GoList l && int.TryParse(tok, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int i) && i < l.Count)
            {
                value = l[i];
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    internal static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
