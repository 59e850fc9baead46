namespace Bosun.Core.Yaml.Syntax;

/// <summary>Which stage of libyaml reported a problem (go-yaml adds 1 to the line of scanner errors only).</summary>
internal enum YamlErrorKind
{
    Reader,
    Scanner,
    Parser,
}
