namespace Bosun.Core.JsonSchema;

/// <summary>A schema document that cannot be used: not JSON, not a valid schema, or a $ref that cannot be resolved offline.</summary>
public sealed class JsonSchemaException : Exception
{
    /// <summary>Creates the exception.</summary>
    public JsonSchemaException(JsonSchemaProblem problem, string message)
        : base(message)
    {
        Problem = problem;
    }

    /// <summary>What is wrong.</summary>
    public JsonSchemaProblem Problem { get; }
}
