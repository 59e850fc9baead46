namespace Bosun.Templating.Functions.Sprig;

/// <summary>Sprig dict functions.</summary>
internal static class SprigDictFunctions
{
    public static void Register(FunctionTable.Builder table)
    {
        _ = table;
    }
}
