namespace Bosun.Templating.Functions.Sprig;

/// <summary>Sprig defaults: default, empty, coalesce, all, any, compact, ternary, fromJson-free helpers.</summary>
internal static class SprigDefaultFunctions
{
    public static void Register(FunctionTable.Builder table)
    {
        _ = table;
    }
}
