using Bosun.Core.Diagnostics;

namespace Bosun.Core.Yaml;

/// <summary>Catalog of YAML loading problems (BOSUN0100–BOSUN0199).</summary>
public static class YamlErrors
{
    /// <summary>Malformed YAML, with go-yaml's problem text, e.g. <c>mapping values are not allowed in this context</c>.</summary>
    public static readonly DiagnosticDescriptor Syntax =
        new(100, Severity.Error, "invalid YAML: {0}");

    /// <summary>Bytes that are not UTF-8/UTF-16 or characters YAML forbids, e.g. <c>control characters are not allowed</c>.</summary>
    public static readonly DiagnosticDescriptor InvalidCharacters =
        new(101, Severity.Error, "invalid YAML input: {0}");

    /// <summary>An alias to an anchor that was not defined before it in the same document.</summary>
    public static readonly DiagnosticDescriptor UnknownAnchor =
        new(102, Severity.Error, "unknown anchor '{0}' referenced");

    /// <summary>A mapping repeats a key; the last value wins, as in go-yaml.</summary>
    public static readonly DiagnosticDescriptor DuplicateKey =
        new(103, Severity.Warning, "duplicate key \"{0}\" (first defined at line {1}); the last value wins");
}
