using Bosun.Core.Values;

namespace Bosun.Templating.Tests.Execution;

/// <summary>A host struct for tests: fields Name and Nothing (nil), methods Get(string) and Fail().</summary>
internal sealed class FakeHostObject : IGoObject
{
    private static readonly GoType s_type = new("*test.Files", GoKind.Ptr);

    public GoType Type => s_type;

    public IReadOnlyList<string> FieldNames { get; } = ["Name", "Nothing"];

    public bool TryGetField(string name, out object? value)
    {
        value = name == "Name" ? "files" : null;
        return name is "Name" or "Nothing";
    }

    public bool TryGetMethod(string name, out GoMethod? method)
    {
        method = name switch
        {
            "Get" => new GoMethod(GoSignature.Of(GoType.String), args => "content of " + args[0]),
            "Fail" => new GoMethod(GoSignature.Of(), _ => throw new GoFailure("boom")),
            "Self" => new GoMethod(GoSignature.Of(), _ => this),
            _ => null,
        };
        return method is not null;
    }

    public string? GoString() => null;
}
