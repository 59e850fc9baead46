namespace Bosun.Core.Yaml.Emitting;

/// <summary>Which go-yaml emitter to reproduce.</summary>
internal enum YamlEmitterDialect
{
    /// <summary>go-yaml v2 (libyaml's layout: sequences in mappings not indented).</summary>
    V2,

    /// <summary>go-yaml v3 (regular indentation: sequences indented under keys, tabs force quoting).</summary>
    V3,
}
