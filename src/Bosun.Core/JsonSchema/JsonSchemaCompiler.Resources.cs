using Bosun.Core.Values;

namespace Bosun.Core.JsonSchema;

/// <summary>Resources, anchors and reference resolution.</summary>
public sealed partial class JsonSchemaCompiler
{
    private static readonly string[] s_mapKeywords = ["definitions", "$defs", "properties", "patternProperties", "dependentSchemas", "dependencies"];

    private static readonly string[] s_singleKeywords =
    [
        "not", "additionalProperties", "items", "additionalItems", "contains", "propertyNames", "if", "then", "else",
        "unevaluatedItems", "unevaluatedProperties", "contentSchema",
    ];

    private static readonly string[] s_arrayKeywords = ["allOf", "anyOf", "oneOf", "items", "prefixItems"];

    private void IndexResources(object? value, string pointer, string baseUrl, bool isRoot)
    {
        if (value is not GoMap obj)
        {
            if (isRoot)
            {
                _resources[baseUrl] = new JsonSchemaResource(baseUrl, pointer);
            }

            return;
        }

        var resource = isRoot ? new JsonSchemaResource(baseUrl, pointer) : null;
        if (obj.TryGetValue(IdKeyword, out var idv) && idv is string id && !(_draft < 2019 && obj.ContainsKey("$ref")))
        {
            var (url, frag) = Split(Resolve(baseUrl, id));
            if (frag.Length > 0 && _draft < 2019 && url == baseUrl)
            {
                // draft 4-7: "id": "#foo" is a plain-name anchor of the enclosing resource.
                ResourceFor(pointer).Anchors[frag] = pointer;
            }
            else if (url != baseUrl || isRoot)
            {
                resource = new JsonSchemaResource(url, pointer);
                baseUrl = url;
                if (frag.Length > 0)
                {
                    resource.Anchors[frag] = pointer;
                }
            }
        }

        if (resource is not null)
        {
            _resources[resource.BaseUrl] = resource;
        }

        var current = resource ?? ResourceFor(pointer);
        if (_draft >= 2019)
        {
            if (obj.TryGetValue("$anchor", out var a) && a is string anchor)
            {
                current.Anchors[anchor] = pointer;
            }

            if (_draft >= 2020 && obj.TryGetValue("$dynamicAnchor", out var da) && da is string dyn)
            {
                current.Anchors[dyn] = pointer;
                current.DynamicAnchors[dyn] = pointer;
            }

            if (_draft == 2019 && resource is not null && obj.TryGetValue("$recursiveAnchor", out var ra) && ra is true)
            {
                resource.RecursiveAnchor = true;
            }
        }

        if (_draft < 2019 && obj.ContainsKey("$ref"))
        {
            // Siblings of $ref are ignored before 2019-09 (but definitions may still be referenced by pointer).
            if (obj.TryGetValue("definitions", out var defs) && defs is GoMap dm)
            {
                foreach (var (k, v) in dm)
                {
                    IndexResources(v, pointer + "/definitions/" + Escape(k), baseUrl, false);
                }
            }

            return;
        }

        foreach (var kw in s_mapKeywords)
        {
            if (obj.TryGetValue(kw, out var m) && m is GoMap map)
            {
                foreach (var (k, v) in map)
                {
                    IndexResources(v, pointer + "/" + kw + "/" + Escape(k), baseUrl, false);
                }
            }
        }

        foreach (var kw in s_singleKeywords)
        {
            if (obj.TryGetValue(kw, out var v) && v is GoMap or bool)
            {
                IndexResources(v, pointer + "/" + kw, baseUrl, false);
            }
        }

        foreach (var kw in s_arrayKeywords)
        {
            if (obj.TryGetValue(kw, out var v) && v is GoList list)
            {
                for (int i = 0; i < list.Count; i++)
                {
                    IndexResources(list[i], pointer + "/" + kw + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), baseUrl, false);
                }
            }
        }
    }

    /// <summary>Resolves a $ref value against the node's base URI to the node it names.</summary>
    private JsonSchemaNode? ResolveRef(JsonSchemaNode from, string pointer, string reference)
    {
        string baseUrl = BaseUrlAt(pointer, from.Resource);
        string absolute = Resolve(baseUrl, reference);
        var (url, frag) = Split(absolute);
        if (!_resources.TryGetValue(url, out var resource))
        {
            if (url.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
            {
                // helm v4's urn loader: unresolved URNs are ignored (a permissive true schema) with a warning.
                return null;
            }

            resource = _loader is null ? throw Offline(from, reference, url) : LoadExternal(url, reference);
        }

        string target;
        if (frag.Length == 0 || frag[0] == '/')
        {
            target = resource.Pointer + frag;
        }
        else if (resource.Anchors.TryGetValue(frag, out var anchored))
        {
            target = anchored;
        }
        else
        {
            throw new JsonSchemaException(JsonSchemaProblem.UnresolvedReference, $"anchor in \"{url}#{frag}\" not found");
        }

        if (!TryNavigate(target, out _))
        {
            throw new JsonSchemaException(JsonSchemaProblem.UnresolvedReference, $"json-pointer in \"{url}#{frag}\" not found");
        }

        return NodeAt(target);
    }

    private static JsonSchemaException Offline(JsonSchemaNode from, string reference, string url)
    {
        string how = url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? "helm would download it over HTTP"
            : url.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
                ? $"helm would read the file {Uri.UnescapeDataString(new Uri(url).AbsolutePath)} from the local filesystem"
                : "helm cannot load that scheme either";
        return new JsonSchemaException(
            JsonSchemaProblem.RemoteReference,
            $"$ref \"{reference}\" at \"{from.Location}\" resolves to {url}, outside values.schema.json: {how}, bosun resolves references within the document only");
    }

    private string BaseUrlAt(string pointer, JsonSchemaResource resource)
    {
        _ = pointer;
        return resource.BaseUrl;
    }

    internal static string Resolve(string baseUrl, string reference)
    {
        if (Uri.TryCreate(reference, UriKind.Absolute, out var abs) && !reference.StartsWith('/') && !reference.StartsWith('#'))
        {
            return abs.OriginalString;
        }

        if (reference.StartsWith('#'))
        {
            return Split(baseUrl).Url + reference;
        }

        if (Uri.TryCreate(new Uri(baseUrl), reference, out var rel))
        {
            return rel.ToString();
        }

        return reference;
    }

    internal static (string Url, string Fragment) Split(string url)
    {
        int i = url.IndexOf('#', StringComparison.Ordinal);
        return i < 0 ? (url, string.Empty) : (url[..i], Uri.UnescapeDataString(url[(i + 1)..]));
    }
}
