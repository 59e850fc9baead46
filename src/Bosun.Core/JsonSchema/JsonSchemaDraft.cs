namespace Bosun.Core.JsonSchema;

/// <summary>The JSON Schema drafts the validator knows, numbered as santhosh-tekuri/jsonschema numbers them.</summary>
public enum JsonSchemaDraft
{
    /// <summary>draft-04.</summary>
    Draft4 = 4,

    /// <summary>draft-06.</summary>
    Draft6 = 6,

    /// <summary>draft-07.</summary>
    Draft7 = 7,

    /// <summary>2019-09.</summary>
    Draft2019 = 2019,

    /// <summary>2020-12 (helm v4's default when a schema has no $schema).</summary>
    Draft2020 = 2020,
}
