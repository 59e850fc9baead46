namespace Bosun.Core.Yaml;

/// <summary>One key/value pair of a mapping, in source order.</summary>
public readonly record struct YamlMappingEntry(YamlNode Key, YamlNode Value);
