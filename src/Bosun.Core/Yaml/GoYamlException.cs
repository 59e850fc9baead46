namespace Bosun.Core.Yaml;

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
