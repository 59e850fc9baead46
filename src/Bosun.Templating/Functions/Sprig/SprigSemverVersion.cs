using System.Text;
using Bosun.Core.Values;
using Bosun.Core.Versioning;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// A Masterminds <c>*semver.Version</c> (what sprig's <c>semver</c> returns) or a <c>semver.Version</c>
/// value (what IncMajor &amp; co. return). As in Go templates, a non-addressable value only has the
/// value-receiver methods: Original, Compare, LessThan... exist on the pointer only.
/// </summary>
internal sealed class SprigSemverVersion : IGoObject
{
    /// <summary><c>semver.Version</c>.</summary>
    public static readonly GoType ValueType = new("semver.Version", GoKind.Struct, isNamed: true);

    /// <summary><c>*semver.Version</c>.</summary>
    public static readonly GoType PointerType = new("*semver.Version", GoKind.Ptr, ValueType);

    private static readonly GoSignature s_none = GoSignature.Of();
    private static readonly GoSignature s_other = GoSignature.Of(PointerType);
    private static readonly GoSignature s_string = GoSignature.Of(GoType.String);

    private readonly SemverDialect _dialect;

    public SprigSemverVersion(SemanticVersion version, bool isPointer, SemverDialect dialect)
    {
        Version = version;
        IsPointer = isPointer;
        _dialect = dialect;
    }

    public SemanticVersion Version { get; }

    public bool IsPointer { get; }

    public GoType Type => IsPointer ? PointerType : ValueType;

    public IReadOnlyList<string> FieldNames => [];

    public bool TryGetField(string name, out object? value)
    {
        value = null;
        return false;
    }

    public bool TryGetMethod(string name, out GoMethod? method)
    {
        method = name switch
        {
            "String" => new GoMethod(s_none, _ => Version.ToString()),
            "Major" => new GoMethod(s_none, _ => Uint64(Version.Major)),
            "Minor" => new GoMethod(s_none, _ => Uint64(Version.Minor)),
            "Patch" => new GoMethod(s_none, _ => Uint64(Version.Patch)),
            "Prerelease" => new GoMethod(s_none, _ => Version.Prerelease),
            "Metadata" => new GoMethod(s_none, _ => Version.Metadata),
            "IncPatch" => new GoMethod(s_none, _ => Value(Version.IncPatch())),
            "IncMinor" => new GoMethod(s_none, _ => Value(Version.IncMinor())),
            "IncMajor" => new GoMethod(s_none, _ => Value(Version.IncMajor())),
            "SetPrerelease" => new GoMethod(s_string, args => Value(Semver(() => Version.SetPrerelease((string)args[0]!, _dialect)))),
            "SetMetadata" => new GoMethod(s_string, args => Value(Semver(() => Version.SetMetadata((string)args[0]!, _dialect)))),
            "MarshalJSON" => new GoMethod(s_none, _ => Encoding.UTF8.GetBytes("\"" + Version + "\"")),
            "MarshalText" => new GoMethod(s_none, _ => Encoding.UTF8.GetBytes(Version.ToString())),
            "Value" => new GoMethod(s_none, _ => Version.ToString()),
            _ when !IsPointer => null,
            "Original" => new GoMethod(s_none, _ => Version.Original),
            "Compare" => new GoMethod(s_other, args => GoValue.Int(Version.CompareTo(Other(args)))),
            "LessThan" => new GoMethod(s_other, args => GoValue.Bool(Version.LessThan(Other(args)))),
            "LessThanEqual" => new GoMethod(s_other, args => GoValue.Bool(Version.LessThanEqual(Other(args)))),
            "GreaterThan" => new GoMethod(s_other, args => GoValue.Bool(Version.GreaterThan(Other(args)))),
            "GreaterThanEqual" => new GoMethod(s_other, args => GoValue.Bool(Version.GreaterThanEqual(Other(args)))),
            "Equal" => new GoMethod(s_other, args => GoValue.Bool(args[0] is SprigSemverVersion o && Version.EqualTo(o.Version))),
            _ => null,
        };
        return method is not null;
    }

    public string? GoString() => Version.ToString();

    private SprigSemverVersion Value(SemanticVersion version) => new(version, isPointer: false, _dialect);

    private static object Uint64(ulong value) => new GoInt(GoType.Uint64, unchecked((long)value));

    // A nil *Version argument dereferences nil in Go.
    private static SemanticVersion Other(object?[] args) =>
        args[0] is SprigSemverVersion other
            ? other.Version
            : throw new GoFailure("runtime error: invalid memory address or nil pointer dereference");

    private static SemanticVersion Semver(Func<SemanticVersion> action)
    {
        try
        {
            return action();
        }
        catch (SemverException e)
        {
            throw new GoFailure(e.Message, e);
        }
    }
}
