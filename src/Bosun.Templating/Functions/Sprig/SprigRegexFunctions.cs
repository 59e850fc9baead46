using Bosun.Core.Text.Re2;
using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// Sprig regex (Go regexp, RE2 syntax): regexMatch, regexFind, regexFindAll, regexReplaceAll,
/// regexReplaceAllLiteral, regexSplit, regexQuoteMeta and the must* forms. The plain forms panic like
/// regexp.MustCompile on a bad pattern (except regexMatch, which answers false); the must forms return
/// the parse error.
/// </summary>
internal static class SprigRegexFunctions
{
    private static readonly GoSignature s_two = GoSignature.Of(GoType.String, GoType.String);
    private static readonly GoSignature s_three = GoSignature.Of(GoType.String, GoType.String, GoType.String);
    private static readonly GoSignature s_withCount = GoSignature.Of(GoType.String, GoType.String, GoType.Int);

    public static void Register(FunctionTable.Builder table)
    {
        table.Add("regexMatch", s_two, args => GoValue.Bool(TryCompile((string)args[0]!) is { } re && Run(re, r => r.IsMatch((string)args[1]!))));
        table.Add("mustRegexMatch", s_two, args => GoValue.Bool(Run(Compile((string)args[0]!), r => r.IsMatch((string)args[1]!))));
        table.Add("regexFindAll", s_withCount, args => Strings(Run(MustCompile((string)args[0]!), r => r.FindAllString((string)args[1]!, (long)args[2]!))));
        table.Add("mustRegexFindAll", s_withCount, args => Strings(Run(Compile((string)args[0]!), r => r.FindAllString((string)args[1]!, (long)args[2]!))));
        table.Add("regexFind", s_two, args => Run(MustCompile((string)args[0]!), r => r.FindString((string)args[1]!)));
        table.Add("mustRegexFind", s_two, args => Run(Compile((string)args[0]!), r => r.FindString((string)args[1]!)));
        table.Add("regexReplaceAll", s_three, args => Run(MustCompile((string)args[0]!), r => r.ReplaceAllString((string)args[1]!, (string)args[2]!)));
        table.Add("mustRegexReplaceAll", s_three, args => Run(Compile((string)args[0]!), r => r.ReplaceAllString((string)args[1]!, (string)args[2]!)));
        table.Add("regexReplaceAllLiteral", s_three, args => Run(MustCompile((string)args[0]!), r => r.ReplaceAllLiteralString((string)args[1]!, (string)args[2]!)));
        table.Add("mustRegexReplaceAllLiteral", s_three, args => Run(Compile((string)args[0]!), r => r.ReplaceAllLiteralString((string)args[1]!, (string)args[2]!)));
        table.Add("regexSplit", s_withCount, args => Strings(Run(MustCompile((string)args[0]!), r => r.Split((string)args[1]!, (long)args[2]!))));
        table.Add("mustRegexSplit", s_withCount, args => Strings(Run(Compile((string)args[0]!), r => r.Split((string)args[1]!, (long)args[2]!))));
        table.Add("regexQuoteMeta", GoSignature.Of(GoType.String), args => Re2Regex.QuoteMeta((string)args[0]!));
    }

    private static Re2Regex? TryCompile(string pattern)
    {
        try
        {
            return Re2Regex.Compile(pattern);
        }
        catch (Re2SyntaxException)
        {
            return null;
        }
    }

    // regexp.Compile: the error is the function's returned error.
    private static Re2Regex Compile(string pattern)
    {
        try
        {
            return Re2Regex.Compile(pattern);
        }
        catch (Re2SyntaxException e)
        {
            throw new GoFailure(e.Message, e);
        }
    }

    // regexp.MustCompile: the panic text names the pattern.
    private static Re2Regex MustCompile(string pattern)
    {
        try
        {
            return Re2Regex.Compile(pattern);
        }
        catch (Re2SyntaxException e)
        {
            throw new GoFailure(Re2Regex.MustCompilePanicMessage(pattern, e), e);
        }
    }

    private static T Run<T>(Re2Regex regex, Func<Re2Regex, T> match)
    {
        try
        {
            return match(regex);
        }
        catch (Re2MatchTimeoutException e)
        {
            throw new GoFailure(e.Message, e);
        }
    }

    // A Go []string; nil stays nil (toJson prints null, printing shows []).
    private static GoList Strings(List<string>? items) =>
        items is null
            ? new GoList(GoType.SliceOfString, []) { IsNil = true }
            : new GoList(GoType.SliceOfString, [.. items]);
}
