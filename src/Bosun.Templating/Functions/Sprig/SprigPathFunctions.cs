namespace Bosun.Templating.Functions.Sprig;

/// <summary>Sprig paths: base, dir, clean, ext, isAbs, osBase, osDir, osClean, osExt, osIsAbs.</summary>
internal static class SprigPathFunctions
{
    public static void Register(FunctionTable.Builder table)
    {
        _ = table;
    }
}
