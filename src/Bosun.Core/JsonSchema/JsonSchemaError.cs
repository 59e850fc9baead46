namespace Bosun.Core.JsonSchema;

/// <summary>One node of a validation failure tree (santhosh-tekuri/jsonschema's ValidationError).</summary>
public sealed class JsonSchemaError
{
    internal JsonSchemaError(JsonSchemaErrorKind kind, IReadOnlyList<string> instanceLocation, string message)
    {
        Kind = kind;
        InstanceLocation = instanceLocation;
        Message = message;
    }

    /// <summary>What failed.</summary>
    public JsonSchemaErrorKind Kind { get; }

    /// <summary>The JSON pointer tokens of the failing value.</summary>
    public IReadOnlyList<string> InstanceLocation { get; internal set; }

    /// <summary>The message (e.g. <c>got string, want integer</c>).</summary>
    public string Message { get; internal set; }

    /// <summary>Nested errors.</summary>
    public List<JsonSchemaError> Causes { get; } = [];

    /// <summary>Renders the tree as the library's Error() does (first line is the schema line).</summary>
    public override string ToString()
    {
        var sb = new System.Text.StringBuilder();
        Display(sb, 0);
        return sb.ToString();
    }

    private bool Skip() => Causes.Count == 1 && Kind == JsonSchemaErrorKind.Reference;

    private void Display(System.Text.StringBuilder sb, int indent)
    {
        if (!Skip())
        {
            if (indent > 0)
            {
                sb.Append('\n');
                for (int i = 0; i < indent - 1; i++)
                {
                    sb.Append("  ");
                }

                sb.Append("- ");
            }

            indent++;
            if (Kind == JsonSchemaErrorKind.Schema)
            {
                sb.Append(Message);
            }
            else
            {
                sb.Append("at ").Append(JsonSchemaText.Quote(JsonPointer(InstanceLocation))).Append(": ").Append(Message);
            }
        }

        foreach (var cause in Causes)
        {
            cause.Display(sb, indent);
        }
    }

    internal static string JsonPointer(IReadOnlyList<string> tokens)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var t in tokens)
        {
            sb.Append('/').Append(JsonSchemaCompiler.Escape(t));
        }

        return sb.ToString();
    }
}
