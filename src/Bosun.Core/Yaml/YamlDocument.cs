namespace Bosun.Core.Yaml;

/// <summary>One document of a YAML stream.</summary>
public sealed class YamlDocument
{
    public YamlDocument(YamlNode root, YamlMark start, YamlMark end, bool explicitStart, bool explicitEnd)
    {
        Root = root;
        Start = start;
        End = end;
        ExplicitStart = explicitStart;
        ExplicitEnd = explicitEnd;
    }

    /// <summary>The root node (an empty plain scalar for an empty document).</summary>
    public YamlNode Root { get; }

    public YamlMark Start { get; }

    public YamlMark End { get; }

    /// <summary>The document began with <c>---</c>.</summary>
    public bool ExplicitStart { get; }

    /// <summary>The document ended with <c>...</c>.</summary>
    public bool ExplicitEnd { get; }
}
