namespace Bosun.Templating.Functions.Sprig;

/// <summary>Sprig type conversions: int, int64, float64, toString, toStrings, toDecimal, atoi, toBool...</summary>
internal static class SprigConversionFunctions
{
    public static void Register(FunctionTable.Builder table)
    {
        _ = table;
    }
}
