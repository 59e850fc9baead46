namespace Bosun.Core.Yaml.Syntax;

/// <summary>libyaml event types.</summary>
internal enum YamlEventKind
{
    None,
    StreamStart,
    StreamEnd,
    DocumentStart,
    DocumentEnd,
    Alias,
    Scalar,
    SequenceStart,
    SequenceEnd,
    MappingStart,
    MappingEnd,
}
