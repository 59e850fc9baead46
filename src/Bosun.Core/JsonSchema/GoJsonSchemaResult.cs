namespace Bosun.Core.JsonSchema;

/// <summary>gojsonschema's Result: the flat error list ("field: description") and the match score.</summary>
internal sealed class GoJsonSchemaResult
{
    public List<string> Errors { get; } = [];

    public int Score { get; set; }

    public bool Valid => Errors.Count == 0;

    public void Add(string field, string description)
    {
        Errors.Add(field + ": " + description);
        Score -= 2;
    }

    public void Merge(GoJsonSchemaResult other)
    {
        Errors.AddRange(other.Errors);
        Score += other.Score;
    }
}
