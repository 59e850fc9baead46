namespace Bosun.Templating.Functions.Helm.Toml;

/// <summary>A lexer state: returns the next state, or null when lexing stops.</summary>
internal delegate TomlLexState? TomlLexState(TomlLexer lexer);
