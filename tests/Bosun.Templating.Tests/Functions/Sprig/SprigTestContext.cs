using Bosun.Templating.Functions;

namespace Bosun.Templating.Tests.Functions.Sprig;

/// <summary>A function context for calling registered functions directly (no include/tpl support).</summary>
internal sealed class SprigTestContext : FunctionContext
{
    public SprigTestContext(TemplateOptions? options = null)
    {
        Options = options ?? new TemplateOptions { Functions = FunctionTable.Helm, Random = new Random(42) };
    }

    public override TemplateOptions Options { get; }

    public override string Include(string name, object? data) => throw new NotSupportedException("include in a direct function test");

    public override string Tpl(string text, object? data) => throw new NotSupportedException("tpl in a direct function test");
}
