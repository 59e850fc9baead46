using Bosun.Core.Values;
using Bosun.Templating.Functions;

namespace Bosun.Templating.Tests.Functions.Sprig;

/// <summary>Calls a function of helm's table directly, with arguments already in the signature's Go types.</summary>
internal static class SprigCall
{
    /// <summary>Calls a function; a lone <c>null</c> argument means one nil argument.</summary>
    public static object? Call(string name, params object?[]? args) => CallWith(new SprigTestContext(), name, args);

    public static object? CallWith(FunctionContext context, string name, params object?[]? args)
    {
        Assert.True(FunctionTable.Helm.TryGet(name, out var function), $"function {name} is not registered");
        return function!.Invoke(context, args ?? [null]);
    }

    /// <summary>The GoFailure message a call raises.</summary>
    public static string Fails(string name, params object?[]? args) =>
        Assert.Throws<GoFailure>(() => Call(name, args)).Message;

    public static GoSignature Signature(string name)
    {
        Assert.True(FunctionTable.Helm.TryGet(name, out var function), $"function {name} is not registered");
        return function!.Signature;
    }

    public static GoList List(params object?[]? items) => new(GoType.SliceOfInterface, [.. items ?? [null]]);

    public static GoList Strings(params string[] items) => GoList.OfStrings(items);

    public static GoMap Dict(params object?[] pairs)
    {
        var map = new GoMap();
        for (int i = 0; i < pairs.Length; i += 2)
        {
            map.Entries[(string)pairs[i]!] = pairs[i + 1];
        }

        return map;
    }

    public static GoInt I64(long value) => GoInt.Int64(value);
}
