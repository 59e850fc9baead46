namespace Bosun.Core.JsonSchema;

/// <summary>The kinds of unusable schema a <see cref="JsonSchemaException"/> reports.</summary>
public enum JsonSchemaProblem
{
    /// <summary>The document is not valid JSON.</summary>
    Syntax,

    /// <summary>The document is JSON but not a valid schema (wrong keyword value, bad regex...).</summary>
    InvalidSchema,

    /// <summary>A $ref points outside the document (http, https, another file) and cannot be loaded offline.</summary>
    RemoteReference,

    /// <summary>A $ref points inside the document to something that does not exist.</summary>
    UnresolvedReference,

    /// <summary>$schema names a metaschema that is not one of the known drafts.</summary>
    UnknownDraft,
}
