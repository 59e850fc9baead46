using Bosun.Core.Values;
using Bosun.Templating.Functions;

namespace Bosun.Templating.Tests.Functions.Sprig;

// Expected values taken from helm v4.1.4 (semver v3.4.0) and helm v3.17.2 (semver v3.3.0).
public sealed class SprigSemverFunctionsTests
{
    private readonly SprigFunctionInvoker _sprig = new();

    [Theory]
    [InlineData(">=1.20-0", "v1.35.0", true)]
    [InlineData(">=1.20", "1.21.0-rc.1", false)]
    [InlineData(">=1.20-0", "1.21.0-rc.1", true)]
    [InlineData("<1.25", "1.24.3-eks-abc", false)]
    [InlineData("^1.2.3", "1.9.9", true)]
    [InlineData("1.2.3 - 2.3.4", "2.3.5", false)]
    [InlineData(">=1.0.0-0, <2.0.0", "1.5.0-rc.1", true)]
    public void SemverCompare_Helm4_UsesSemver34(string constraint, string version, bool expected) =>
        Assert.Equal(expected, _sprig.Call("semverCompare", constraint, version));

    [Fact]
    public void SemverCompare_Helm3_UsesSemver33PrereleaseRules()
    {
        var helm3 = new Helm3Invoker();
        Assert.Equal(false, helm3.Call("semverCompare", ">=1.0.0-0, <2.0.0", "1.5.0-rc.1"));
        Assert.Equal(true, helm3.Call("semverCompare", "!=1.2.3", "1.2.3-alpha"));
        Assert.Equal(false, _sprig.Call("semverCompare", "!=1.2.3", "1.2.3-alpha"));
    }

    [Theory]
    [InlineData("foo", "1.0.0", "improper constraint: foo")]
    [InlineData(">=1.0", "foo", "invalid semantic version")]
    [InlineData(">=1.0-01", "1.0.0", "constraint parser error")]
    public void SemverCompare_Invalid_ReturnsMastermindsError(string constraint, string version, string message) =>
        Assert.Equal(message, _sprig.Fails("semverCompare", constraint, version));

    [Fact]
    public void SemverCompare_Helm3Invalid_CapitalisedErrors() =>
        Assert.Equal("Invalid Semantic Version", new Helm3Invoker().Fails("semverCompare", ">=1", "foo"));

    [Fact]
    public void Semver_Version_IsPointerWithAccessors()
    {
        var v = Assert.IsAssignableFrom<IGoObject>(_sprig.Call("semver", "v1.2.3-beta.1+build.5"));
        Assert.Equal("*semver.Version", v.Type.Name);
        Assert.Equal(GoKind.Ptr, v.Type.Kind);
        Assert.Equal("1.2.3-beta.1+build.5", v.GoString());
        Assert.Equal(new GoInt(GoType.Uint64, 1), Invoke(v, "Major"));
        Assert.Equal(new GoInt(GoType.Uint64, 2), Invoke(v, "Minor"));
        Assert.Equal(new GoInt(GoType.Uint64, 3), Invoke(v, "Patch"));
        Assert.Equal("beta.1", Invoke(v, "Prerelease"));
        Assert.Equal("build.5", Invoke(v, "Metadata"));
        Assert.Equal("v1.2.3-beta.1+build.5", Invoke(v, "Original"));
        Assert.Equal("1.2.3-beta.1+build.5", Invoke(v, "Value"));
        Assert.Equal("\"1.2.3-beta.1+build.5\""u8.ToArray(), Invoke(v, "MarshalJSON"));
    }

    [Fact]
    public void Semver_Compare_UsesOtherPointer()
    {
        var a = (IGoObject)_sprig.Call("semver", "1.2.3")!;
        var b = _sprig.Call("semver", "1.2.4");
        Assert.Equal(-1L, Invoke(a, "Compare", b));
        Assert.Equal(true, Invoke(a, "LessThan", b));
        Assert.Equal(false, Invoke(a, "GreaterThanEqual", b));
        Assert.Equal(true, Invoke(a, "Equal", _sprig.Call("semver", "1.2.3+x")));
        Assert.True(a.TryGetMethod("Compare", out var compare));
        Assert.Equal("*semver.Version", compare!.Signature.Parameters[0].Name);
    }

    [Fact]
    public void Semver_IncMajor_IsValueWithoutPointerMethods()
    {
        var v = (IGoObject)_sprig.Call("semver", "v1.2.3")!;
        var next = Assert.IsAssignableFrom<IGoObject>(Invoke(v, "IncMajor"));
        Assert.Equal("semver.Version", next.Type.Name);
        Assert.Equal(GoKind.Struct, next.Type.Kind);
        Assert.Equal("2.0.0", next.GoString());
        Assert.False(next.TryGetMethod("Original", out _));
        Assert.False(next.TryGetMethod("Compare", out _));
        Assert.True(next.TryGetMethod("IncMinor", out _));
    }

    [Fact]
    public void Semver_SetPrerelease_ValidatesWithGoError()
    {
        var v = (IGoObject)_sprig.Call("semver", "1.2.3")!;
        Assert.Equal("1.2.3-rc.1", ((IGoObject)Invoke(v, "SetPrerelease", "rc.1")!).GoString());
        Assert.True(v.TryGetMethod("SetPrerelease", out var set));
        Assert.Equal("invalid prerelease string", Assert.Throws<GoFailure>(() => set!.Invoke(["a_b"])).Message);
    }

    [Theory]
    [InlineData("1.2.3-01", "version segment starts with 0")]
    [InlineData("", "invalid semantic version")]
    [InlineData("99999999999999999999.1.1", "error parsing version segment: strconv.ParseUint: parsing \"99999999999999999999\": value out of range")]
    public void Semver_Invalid_ReturnsError(string text, string message) =>
        Assert.Equal(message, _sprig.Fails("semver", text));

    private static object? Invoke(IGoObject target, string name, params object?[] args)
    {
        Assert.True(target.TryGetMethod(name, out var method), name);
        return method!.Invoke(args);
    }

    private sealed class Helm3Invoker : FunctionContext
    {
        public override TemplateOptions Options { get; } = new() { Functions = FunctionTable.Helm, HelmMajor = 3 };

        public override string Include(string name, object? data) => throw new NotSupportedException();

        public override string Tpl(string text, object? data) => throw new NotSupportedException();

        public object? Call(string name, params object?[] args)
        {
            Assert.True(FunctionTable.Helm.TryGet(name, out var f));
            return f!.Invoke(this, args);
        }

        public string Fails(string name, params object?[] args) => Assert.Throws<GoFailure>(() => Call(name, args)).Message;
    }
}
