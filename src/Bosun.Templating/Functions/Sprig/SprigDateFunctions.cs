namespace Bosun.Templating.Functions.Sprig;

/// <summary>Sprig dates (Go layouts): now, date, dateInZone, dateModify, ago, duration, durationRound, unixEpoch, toDate, htmlDate, htmlDateInZone and must* forms.</summary>
internal static class SprigDateFunctions
{
    public static void Register(FunctionTable.Builder table)
    {
        _ = table;
    }
}
