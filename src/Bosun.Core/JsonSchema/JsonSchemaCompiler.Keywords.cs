using System.Globalization;
using Bosun.Core.Text.Re2;
using Bosun.Core.Values;

namespace Bosun.Core.JsonSchema;

/// <summary>Reading the keywords of one schema object for its draft (objcompiler.go).</summary>
public sealed partial class JsonSchemaCompiler
{
    private static readonly HashSet<string> s_typeNames = new(StringComparer.Ordinal)
    {
        "array", "boolean", "integer", "null", "number", "object", "string",
    };

    private void CompileNode(JsonSchemaNode s, object? value, string ptr)
    {
        if (value is not GoMap obj)
        {
            return;
        }

        int draft = s.Draft;

        if (obj.TryGetValue("$ref", out var r))
        {
            s.Ref = r is string rs ? ResolveRefOrTrue(s, ptr, rs) : throw Invalid(ptr + "/$ref", r, "string");
            if (draft < 2019)
            {
                return;
            }
        }

        s.AllOf = Array(obj, ptr, "allOf");
        s.AnyOf = Array(obj, ptr, "anyOf");
        s.OneOf = Array(obj, ptr, "oneOf");
        s.Not = Sub(obj, ptr, "not");
        if (draft < 2020)
        {
            if (obj.TryGetValue("items", out var items))
            {
                if (items is GoList)
                {
                    s.Items = Array(obj, ptr, "items");
                    s.AdditionalItems = Additional(obj, ptr, "additionalItems");
                }
                else
                {
                    s.Items = Sub(obj, ptr, "items");
                }
            }
        }

        s.Properties = Map(obj, ptr, "properties");
        var pp = Map(obj, ptr, "patternProperties");
        if (pp is not null)
        {
            s.PatternProperties = pp.Select(kv => KeyValuePair.Create(Regex(ptr + "/patternProperties", kv.Key), kv.Value)).ToList();
        }

        s.AdditionalProperties = Additional(obj, ptr, "additionalProperties");
        if (obj.TryGetValue("dependencies", out var deps) && deps is GoMap dm)
        {
            s.Dependencies = [];
            foreach (var (k, v) in dm)
            {
                s.Dependencies.Add(KeyValuePair.Create(k, v is GoList l
                    ? (object)Strings(l, ptr + "/dependencies/" + Escape(k))
                    : NodeAt(ptr + "/dependencies/" + Escape(k))));
            }
        }

        if (obj.TryGetValue("type", out var t))
        {
            s.Types = Types(t, ptr);
        }

        if (obj.TryGetValue("enum", out var en))
        {
            s.Enum = en is GoList el ? el.Items : throw Invalid(ptr + "/enum", en, "array");
        }

        s.MultipleOf = Number(obj, ptr, "multipleOf");
        s.Maximum = Number(obj, ptr, "maximum");
        if (obj.TryGetValue("exclusiveMaximum", out var xmax) && xmax is bool bmax)
        {
            if (bmax)
            {
                s.ExclusiveMaximum = s.Maximum;
                s.Maximum = null;
            }
        }
        else
        {
            s.ExclusiveMaximum = Number(obj, ptr, "exclusiveMaximum");
        }

        s.Minimum = Number(obj, ptr, "minimum");
        if (obj.TryGetValue("exclusiveMinimum", out var xmin) && xmin is bool bmin)
        {
            if (bmin)
            {
                s.ExclusiveMinimum = s.Minimum;
                s.Minimum = null;
            }
        }
        else
        {
            s.ExclusiveMinimum = Number(obj, ptr, "exclusiveMinimum");
        }

        s.MinLength = Int(obj, ptr, "minLength");
        s.MaxLength = Int(obj, ptr, "maxLength");
        if (obj.TryGetValue("pattern", out var pat))
        {
            s.Pattern = pat is string ps ? Regex(ptr + "/pattern", ps) : throw Invalid(ptr + "/pattern", pat, "string");
        }

        s.MinItems = Int(obj, ptr, "minItems");
        s.MaxItems = Int(obj, ptr, "maxItems");
        s.UniqueItems = obj.TryGetValue("uniqueItems", out var u) && u is true;
        s.MaxProperties = Int(obj, ptr, "maxProperties");
        s.MinProperties = Int(obj, ptr, "minProperties");
        if (obj.TryGetValue("required", out var req))
        {
            s.Required = req is GoList rl ? Strings(rl, ptr + "/required") : throw Invalid(ptr + "/required", req, "array");
        }

        if (obj.TryGetValue("format", out var f) && f is string fs)
        {
            s.FormatName = fs;
            if (draft < 2019)
            {
                s.Format = JsonSchemaFormat.Lookup(fs);
            }
        }

        if (draft >= 6)
        {
            s.Contains = Sub(obj, ptr, "contains");
            s.PropertyNames = Sub(obj, ptr, "propertyNames");
            if (obj.TryGetValue("const", out var c))
            {
                s.HasConst = true;
                s.Const = c;
            }
        }

        if (draft >= 7)
        {
            s.If = Sub(obj, ptr, "if");
            if (s.If is not null)
            {
                obj.TryGetValue("if", out var iv);
                if (iv is not false)
                {
                    s.Then = Sub(obj, ptr, "then");
                }

                if (iv is not true)
                {
                    s.Else = Sub(obj, ptr, "else");
                }
            }
        }

        if (draft >= 2019)
        {
            if (obj.TryGetValue("$recursiveRef", out var rr) && rr is string rrs)
            {
                s.RecursiveRef = ResolveRefOrTrue(s, ptr, rrs);
            }

            s.RecursiveAnchor = obj.TryGetValue("$recursiveAnchor", out var ra) && ra is true;
            if (s.Contains is not null)
            {
                s.MinContains = Int(obj, ptr, "minContains");
                s.MaxContains = Int(obj, ptr, "maxContains");
            }

            if (obj.TryGetValue("dependentRequired", out var dr) && dr is GoMap drm)
            {
                s.DependentRequired = [];
                foreach (var (k, v) in drm)
                {
                    if (v is GoList l)
                    {
                        s.DependentRequired.Add(KeyValuePair.Create(k, Strings(l, ptr + "/dependentRequired/" + Escape(k))));
                    }
                }
            }

            s.DependentSchemas = Map(obj, ptr, "dependentSchemas");
            s.UnevaluatedItems = Sub(obj, ptr, "unevaluatedItems");
            s.UnevaluatedProperties = Sub(obj, ptr, "unevaluatedProperties");
        }

        if (draft >= 2020)
        {
            if (obj.TryGetValue("$dynamicRef", out var dref) && dref is string drs)
            {
                s.DynamicRef = ResolveRefOrTrue(s, ptr, drs);
                var (_, frag) = Split(Resolve(s.Resource.BaseUrl, drs));
                if (frag.Length > 0 && frag[0] != '/')
                {
                    s.DynamicRefAnchor = frag;
                }
            }

            if (obj.TryGetValue("$dynamicAnchor", out var da) && da is string das)
            {
                s.DynamicAnchor = das;
                s.Resource.DynamicAnchorNodes[das] = s;
            }

            s.PrefixItems = Array(obj, ptr, "prefixItems");
            s.Items2020 = Sub(obj, ptr, "items");
        }

        s.AllPropsEvaluated = s.AdditionalProperties is not null;
        if (draft < 2020)
        {
            s.AllItemsEvaluated = s.Items is JsonSchemaNode || (s.Items is List<JsonSchemaNode> && s.AdditionalItems is not null);
            s.NumItemsEvaluated = s.Items is List<JsonSchemaNode> li ? li.Count : 0;
        }
        else
        {
            s.AllItemsEvaluated = s.Items2020 is not null;
            s.NumItemsEvaluated = s.PrefixItems?.Count ?? 0;
        }
    }

    private JsonSchemaNode ResolveRefOrTrue(JsonSchemaNode s, string ptr, string reference) =>
        ResolveRef(s, ptr, reference) ?? new JsonSchemaNode("urn", s.Draft, s.Resource) { Bool = true };

    private JsonSchemaNode? Sub(GoMap obj, string ptr, string kw)
    {
        if (!obj.TryGetValue(kw, out var v))
        {
            return null;
        }

        return v is GoMap or bool ? NodeAt(ptr + "/" + kw) : throw Invalid(ptr + "/" + kw, v, "boolean or object");
    }

    private object? Additional(GoMap obj, string ptr, string kw)
    {
        if (!obj.TryGetValue(kw, out var v))
        {
            return null;
        }

        return v switch
        {
            bool b => b,
            GoMap => NodeAt(ptr + "/" + kw),
            _ => throw Invalid(ptr + "/" + kw, v, "boolean or object"),
        };
    }

    private List<JsonSchemaNode>? Array(GoMap obj, string ptr, string kw)
    {
        if (!obj.TryGetValue(kw, out var v))
        {
            return null;
        }

        if (v is not GoList list)
        {
            throw Invalid(ptr + "/" + kw, v, "array");
        }

        var nodes = new List<JsonSchemaNode>(list.Count);
        for (int i = 0; i < list.Count; i++)
        {
            nodes.Add(NodeAt(ptr + "/" + kw + "/" + i.ToString(CultureInfo.InvariantCulture)));
        }

        return nodes;
    }

    private List<KeyValuePair<string, JsonSchemaNode>>? Map(GoMap obj, string ptr, string kw)
    {
        if (!obj.TryGetValue(kw, out var v))
        {
            return null;
        }

        if (v is not GoMap m)
        {
            throw Invalid(ptr + "/" + kw, v, "object");
        }

        return m.Keys.Select(k => KeyValuePair.Create(k, NodeAt(ptr + "/" + kw + "/" + Escape(k)))).ToList();
    }

    private JsonNumber? Number(GoMap obj, string ptr, string kw)
    {
        if (!obj.TryGetValue(kw, out var v))
        {
            return null;
        }

        return v as JsonNumber ?? throw Invalid(ptr + "/" + kw, v, "number");
    }

    private int? Int(GoMap obj, string ptr, string kw)
    {
        if (!obj.TryGetValue(kw, out var v))
        {
            return null;
        }

        if (v is JsonNumber n && n.TryGetInt(out int i))
        {
            return i;
        }

        throw v is JsonNumber
            ? new JsonSchemaException(JsonSchemaProblem.InvalidSchema, $"\"{_documentUrl}#\" is not valid against metaschema: at '{ptr}/{kw}': {kw} must be a non-negative integer, got {v}")
            : Invalid(ptr + "/" + kw, v, "integer");
    }

    private string[] Strings(GoList list, string ptr)
    {
        var result = new string[list.Count];
        for (int i = 0; i < list.Count; i++)
        {
            result[i] = list[i] as string ?? throw Invalid(ptr + "/" + i.ToString(CultureInfo.InvariantCulture), list[i], "string");
        }

        return result;
    }

    private List<string> Types(object? t, string ptr)
    {
        var names = t switch
        {
            string s => [s],
            GoList l => Strings(l, ptr + "/type").ToList(),
            _ => throw Invalid(ptr + "/type", t, "array or string"),
        };
        foreach (var n in names)
        {
            if (!s_typeNames.Contains(n))
            {
                throw new JsonSchemaException(
                    JsonSchemaProblem.InvalidSchema,
                    $"\"{_documentUrl}#\" is not valid against metaschema: at '{ptr}/type': value must be one of 'array', 'boolean', 'integer', 'null', 'number', 'object', 'string'");
            }
        }

        return names;
    }

    private Re2Regex Regex(string ptr, string pattern)
    {
        try
        {
            return Re2Regex.Compile(pattern);
        }
        catch (Re2SyntaxException ex)
        {
            throw new JsonSchemaException(JsonSchemaProblem.InvalidSchema, $"invalid regex '{pattern}' at '{_documentUrl}#{ptr}': {ex.Message}");
        }
    }

    private JsonSchemaException Invalid(string ptr, object? value, string want) =>
        new(JsonSchemaProblem.InvalidSchema, $"\"{_documentUrl}#\" is not valid against metaschema: at '{ptr}': got {TypeName(value)}, want {want}");
}
