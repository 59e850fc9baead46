namespace Bosun.Templating.Functions.Sprig;

/// <summary>Sprig regex (RE2 semantics): regexMatch, regexFind, regexFindAll, regexReplaceAll, regexReplaceAllLiteral, regexSplit, regexQuoteMeta and must* forms.</summary>
internal static class SprigRegexFunctions
{
    public static void Register(FunctionTable.Builder table)
    {
        _ = table;
    }
}
