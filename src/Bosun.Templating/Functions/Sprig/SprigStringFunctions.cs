namespace Bosun.Templating.Functions.Sprig;

/// <summary>Sprig string functions.</summary>
internal static class SprigStringFunctions
{
    public static void Register(FunctionTable.Builder table)
    {
        _ = table;
    }
}
