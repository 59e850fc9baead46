namespace Bosun.Core.JsonSchema;

/// <summary>The kinds of validation failure that the error display treats specially.</summary>
public enum JsonSchemaErrorKind
{
    /// <summary>The root: "jsonschema validation failed with URL".</summary>
    Schema,

    /// <summary>Several errors of one schema ("validation failed").</summary>
    Group,

    /// <summary>A failed $ref / $dynamicRef / $recursiveRef ("validation failed", skipped when it has one cause).</summary>
    Reference,

    /// <summary>Any keyword failure.</summary>
    Keyword,
}
