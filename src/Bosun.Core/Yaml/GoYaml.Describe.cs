using Bosun.Core.Yaml.Go;

namespace Bosun.Core.Yaml;

public static partial class GoYaml
{
    /// <summary>
    /// What go-yaml v2 resolves an untagged plain scalar to, in words for type errors: <c>null</c>, <c>a boolean</c>,
    /// <c>a number</c> (int or float) or <c>a string</c> (timestamps stay strings for interface targets).
    /// </summary>
    public static string DescribePlainScalar(string plain) => GoYamlResolver.Resolve(string.Empty, plain).Tag switch
    {
        GoYamlTags.Null => "null",
        GoYamlTags.Bool => "a boolean",
        GoYamlTags.Int or GoYamlTags.Float => "a number",
        _ => "a string",
    };

    /// <summary>The boolean go-yaml v2 resolves an untagged plain scalar to (<c>yes</c>, <c>off</c>, …), or null.</summary>
    public static bool? PlainScalarBool(string plain) =>
        GoYamlResolver.Resolve(string.Empty, plain) is (GoYamlTags.Bool, bool value) ? value : null;
}
