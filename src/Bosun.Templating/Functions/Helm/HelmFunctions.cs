using Bosun.Core.Values;
using Bosun.Templating.Diagnostics;
using Bosun.Templating.Execution;
using Bosun.Templating.Functions.Sprig;

namespace Bosun.Templating.Functions.Helm;

/// <summary>
/// Helm's engine functions (pkg/engine/engine.go): include, tpl, required, fail, lookup, and the DNS-less getHostByName. Errors carry
/// helm's exact texts, including the <c>HELM_ERR_START…HELM_ERR_END</c> markers helm wraps around the
/// messages of required and fail (helm strips them when it reports the error).
/// </summary>
internal static class HelmFunctions
{
    /// <summary>Marker helm puts before a fail/required message.</summary>
    public const string ErrorStart = "HELM_ERR_START";

    /// <summary>Marker helm puts after a fail/required message.</summary>
    public const string ErrorEnd = "HELM_ERR_END";

    public static void Register(FunctionTable.Builder table)
    {
        table.Add("include", GoSignature.Of(GoType.String, GoType.Interface), (context, args) =>
            context.Include(args[0] as string ?? string.Empty, args[1]));

        table.Add("tpl", GoSignature.Of(GoType.String, GoType.Interface), (context, args) =>
            context.Tpl(args[0] as string ?? string.Empty, args[1]));

        table.Add("required", GoSignature.Of(GoType.String, GoType.Interface), args => Required(args[0] as string ?? string.Empty, args[1]));

        table.Add("fail", GoSignature.Of(GoType.String), args => throw Failure(args[0] as string ?? string.Empty));

        table.Add("lookup", GoSignature.Of(GoType.String, GoType.String, GoType.String, GoType.String), (context, args) =>
            context.Lookup.Lookup(
                args[0] as string ?? string.Empty,
                args[1] as string ?? string.Empty,
                args[2] as string ?? string.Empty,
                args[3] as string ?? string.Empty));

        RegisterDns(table);
    }

    /// <summary>
    /// Registers helm's replacement of sprig's getHostByName: without --enable-dns
    /// (<see cref="TemplateOptions.EnableDns"/>, off by default) it returns the empty string.
    /// </summary>
    private static void RegisterDns(FunctionTable.Builder table) =>
        table.Add("getHostByName", GoSignature.Of(GoType.String), (context, args) =>
            context.Options.EnableDns ? SprigNetworkFunctions.GetHostByName(context, args[0] as string ?? string.Empty) : string.Empty);

    /// <summary>required: nil and the empty string fail with the message; anything else passes through.</summary>
    private static object? Required(string warn, object? value)
    {
        if (value is null || value is string { Length: 0 })
        {
            throw Failure(warn);
        }

        return value;
    }

    private static GoFailure Failure(string message) =>
        DescribedFailure.Create(ErrorStart + message + ErrorEnd, TemplateErrors.ChartFailure, message);
}
