namespace Bosun.Templating.Functions.Sprig;

/// <summary>Sprig integer and float math.</summary>
internal static class SprigMathFunctions
{
    public static void Register(FunctionTable.Builder table)
    {
        _ = table;
    }
}
