namespace Bosun.Templating.Functions.Helm.Toml;

/// <summary>A lexer item; for errors <see cref="Error"/> holds the message.</summary>
internal readonly record struct TomlItem(TomlItemType Type, string Value, TomlPosition Position, string? Error = null);
