namespace Bosun.Templating.Functions.Helm;

/// <summary>Helm's engine functions: include, tpl, required, fail, lookup.</summary>
internal static class HelmFunctions
{
    public static void Register(FunctionTable.Builder table)
    {
        _ = table;
    }
}
