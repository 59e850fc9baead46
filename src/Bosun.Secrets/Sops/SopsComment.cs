namespace Bosun.Secrets.Sops;

/// <summary>A comment line of a YAML, dotenv or INI file (text after the <c>#</c>/<c>;</c>), encrypted like a value.</summary>
public sealed record SopsComment(string Value, bool Inline = false);
