namespace Bosun.Core.Yaml;

/// <summary>
/// YAML the way helm sees it: <c>sigs.k8s.io/yaml</c> over go-yaml (YAML 1.1 scalars, YAML → JSON → Go
/// values, so every number is float64), and helm's <c>toYaml</c> output (go-yaml's emitter: sorted keys,
/// ~80-column folding, quoting rules).
/// </summary>
public static class GoYaml
{
    /// <summary>sigs.k8s.io/yaml.Marshal of a value (helm <c>toYaml</c> before its TrimSuffix of "\n").</summary>
    public static string Serialize(object? value) => throw new NotImplementedException(nameof(Serialize));

    /// <summary>sigs.k8s.io/yaml.Unmarshal into interface{}: maps → GoMap, lists → GoList, numbers → float64. Throws <see cref="GoYamlException"/>.</summary>
    public static object? Deserialize(string yaml) => throw new NotImplementedException(nameof(Deserialize));
}

/// <summary>A YAML syntax or conversion error with go-yaml's message text and a 1-based position when known.</summary>
public sealed class GoYamlException : Exception
{
    public GoYamlException(string message, int line = 0, int column = 0)
        : base(message)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }
}
