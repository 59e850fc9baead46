namespace Bosun.Templating.Functions.Sprig;

/// <summary>Sprig reflection: typeOf, typeIs, typeIsLike, kindOf, kindIs, deepEqual.</summary>
internal static class SprigReflectionFunctions
{
    public static void Register(FunctionTable.Builder table)
    {
        _ = table;
    }
}
