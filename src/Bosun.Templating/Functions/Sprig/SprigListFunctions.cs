namespace Bosun.Templating.Functions.Sprig;

/// <summary>Sprig list functions.</summary>
internal static class SprigListFunctions
{
    public static void Register(FunctionTable.Builder table)
    {
        _ = table;
    }
}
