namespace Bosun.Core.Yaml;

/// <summary>Serialisation half of <see cref="GoYaml"/>.</summary>
public static partial class GoYaml
{
    /// <summary>sigs.k8s.io/yaml.Marshal of a value (helm <c>toYaml</c> before its TrimSuffix of "\n").</summary>
    public static string Serialize(object? value) => throw new NotImplementedException(nameof(Serialize));
}
