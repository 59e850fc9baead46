namespace Bosun.Templating.Functions.Go;

/// <summary>Go text/template builtins: and, or, not, eq, ne, lt, le, gt, ge, len, index, slice, print, printf, println, html, js, urlquery, call.</summary>
internal static class GoBuiltinFunctions
{
    public static void Register(FunctionTable.Builder table)
    {
        _ = table;
    }
}
