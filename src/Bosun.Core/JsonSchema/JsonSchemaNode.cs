using Bosun.Core.Text.Re2;

namespace Bosun.Core.JsonSchema;

/// <summary>A compiled schema (one object or boolean of the document), keywords resolved for its draft.</summary>
public sealed class JsonSchemaNode
{
    internal JsonSchemaNode(string location, int draft, JsonSchemaResource resource)
    {
        Location = location;
        Draft = draft;
        Resource = resource;
    }

    /// <summary>The absolute location (document URL + # + JSON pointer).</summary>
    public string Location { get; }

    /// <summary>The draft the node is read with (4, 6, 7, 2019, 2020).</summary>
    public int Draft { get; }

    internal JsonSchemaResource Resource { get; }

    internal bool? Bool { get; set; }

    internal JsonSchemaNode? Ref { get; set; }

    internal JsonSchemaNode? RecursiveRef { get; set; }

    internal bool RecursiveAnchor { get; set; }

    internal JsonSchemaNode? DynamicRef { get; set; }

    internal string? DynamicRefAnchor { get; set; }

    internal string? DynamicAnchor { get; set; }

    internal List<string>? Types { get; set; }

    internal bool HasConst { get; set; }

    internal object? Const { get; set; }

    internal List<object?>? Enum { get; set; }

    internal JsonSchemaFormat? Format { get; set; }

    /// <summary>The "format" keyword's value (asserted or not).</summary>
    internal string? FormatName { get; set; }

    internal List<JsonSchemaNode>? AllOf { get; set; }

    internal List<JsonSchemaNode>? AnyOf { get; set; }

    internal List<JsonSchemaNode>? OneOf { get; set; }

    internal JsonSchemaNode? Not { get; set; }

    internal JsonSchemaNode? If { get; set; }

    internal JsonSchemaNode? Then { get; set; }

    internal JsonSchemaNode? Else { get; set; }

    internal List<KeyValuePair<string, JsonSchemaNode>>? Properties { get; set; }

    internal List<KeyValuePair<Re2Regex, JsonSchemaNode>>? PatternProperties { get; set; }

    /// <summary>bool or JsonSchemaNode.</summary>
    internal object? AdditionalProperties { get; set; }

    /// <summary>Per property: string[] (required names) or JsonSchemaNode.</summary>
    internal List<KeyValuePair<string, object>>? Dependencies { get; set; }

    internal List<KeyValuePair<string, JsonSchemaNode>>? DependentSchemas { get; set; }

    internal List<KeyValuePair<string, string[]>>? DependentRequired { get; set; }

    internal JsonSchemaNode? PropertyNames { get; set; }

    internal int? MinProperties { get; set; }

    internal int? MaxProperties { get; set; }

    internal string[]? Required { get; set; }

    /// <summary>Before 2020: JsonSchemaNode or List of them.</summary>
    internal object? Items { get; set; }

    /// <summary>bool or JsonSchemaNode.</summary>
    internal object? AdditionalItems { get; set; }

    internal List<JsonSchemaNode>? PrefixItems { get; set; }

    internal JsonSchemaNode? Items2020 { get; set; }

    internal JsonSchemaNode? Contains { get; set; }

    internal int? MinContains { get; set; }

    internal int? MaxContains { get; set; }

    internal int? MinItems { get; set; }

    internal int? MaxItems { get; set; }

    internal bool UniqueItems { get; set; }

    internal int? MinLength { get; set; }

    internal int? MaxLength { get; set; }

    internal Re2Regex? Pattern { get; set; }

    internal JsonNumber? Minimum { get; set; }

    internal JsonNumber? Maximum { get; set; }

    internal JsonNumber? ExclusiveMinimum { get; set; }

    internal JsonNumber? ExclusiveMaximum { get; set; }

    internal JsonNumber? MultipleOf { get; set; }

    internal JsonSchemaNode? UnevaluatedProperties { get; set; }

    internal JsonSchemaNode? UnevaluatedItems { get; set; }

    internal bool AllPropsEvaluated { get; set; }

    internal bool AllItemsEvaluated { get; set; }

    internal int NumItemsEvaluated { get; set; }
}
