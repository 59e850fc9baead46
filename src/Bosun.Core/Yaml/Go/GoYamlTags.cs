namespace Bosun.Core.Yaml.Go;

/// <summary>go-yaml's core tags (long form).</summary>
internal static class GoYamlTags
{
    public const string Prefix = "tag:yaml.org,2002:";
    public const string Null = Prefix + "null";
    public const string Bool = Prefix + "bool";
    public const string Str = Prefix + "str";
    public const string Int = Prefix + "int";
    public const string Float = Prefix + "float";
    public const string Timestamp = Prefix + "timestamp";
    public const string Seq = Prefix + "seq";
    public const string Map = Prefix + "map";
    public const string Binary = Prefix + "binary";
    public const string Merge = Prefix + "merge";

    /// <summary>go-yaml's shortTag: <c>tag:yaml.org,2002:int</c> → <c>!!int</c>.</summary>
    public static string Short(string tag) => tag.StartsWith(Prefix, StringComparison.Ordinal) ? "!!" + tag[Prefix.Length..] : tag;
}
