namespace Bosun.Templating.Functions.Helm.Toml;

/// <summary>Where an item or error is: 1-based line, byte start and byte length.</summary>
internal readonly record struct TomlPosition(int Line, int Start, int Len);
