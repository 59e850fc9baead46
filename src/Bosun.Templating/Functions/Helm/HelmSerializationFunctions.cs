namespace Bosun.Templating.Functions.Helm;

/// <summary>Helm's serialisation functions: toYaml, toYamlPretty, mustToYaml, fromYaml, fromYamlArray, toJson, mustToJson, toRawJson, mustToRawJson, fromJson, fromJsonArray, toToml, mustToToml (per helm version).</summary>
internal static class HelmSerializationFunctions
{
    public static void Register(FunctionTable.Builder table)
    {
        _ = table;
    }
}
