using Bosun.Core.Values;

namespace Bosun.Templating.Functions;

/// <summary>
/// A function callable from templates. Arguments arrive converted to <see cref="GoSignature.Parameters"/>
/// by the executor (Go's rules); the body returns a value of the value model or throws
/// <see cref="GoFailure"/> (position-free). Variadic arguments arrive as trailing array elements.
/// </summary>
public sealed class TemplateFunction
{
    public TemplateFunction(string name, GoSignature signature, Func<FunctionContext, object?[], object?> invoke)
    {
        Name = name;
        Signature = signature;
        Invoke = invoke;
    }

    public string Name { get; }

    public GoSignature Signature { get; }

    public Func<FunctionContext, object?[], object?> Invoke { get; }
}
