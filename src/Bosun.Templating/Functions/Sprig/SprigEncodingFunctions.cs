namespace Bosun.Templating.Functions.Sprig;

/// <summary>Sprig encoding: b64enc, b64dec, b32enc, b32dec.</summary>
internal static class SprigEncodingFunctions
{
    public static void Register(FunctionTable.Builder table)
    {
        _ = table;
    }
}
