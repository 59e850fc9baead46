using Bosun.Templating.Functions;

namespace Bosun.Templating.Tests.Functions.Helm.Serialization;

/// <summary>A function context for calling the serialisation functions directly, for a given helm major version.</summary>
internal sealed class SerializationTestContext : FunctionContext
{
    public SerializationTestContext(int helmMajor = 4)
    {
        Options = UtcTimeProvider.HelmOptions(helmMajor);
    }

    public override TemplateOptions Options { get; }

    public override string Include(string name, object? data) => throw new NotSupportedException("include in a direct function test");

    public override string Tpl(string text, object? data) => throw new NotSupportedException("tpl in a direct function test");

    /// <summary>Invokes a registered function of the helm table.</summary>
    public object? Call(string name, params object?[] args)
    {
        Assert.True(FunctionTable.Helm.TryGet(name, out var function), $"function {name} is not registered");
        return function!.Invoke(this, args);
    }
}
