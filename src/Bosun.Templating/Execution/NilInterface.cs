namespace Bosun.Templating.Execution;

/// <summary>
/// The executor's marker for a nil <c>interface {}</c> that is a real value (a null stored in a map or
/// list, a missing key under missingkey=zero), as opposed to C# <c>null</c>, which stands for Go's
/// invalid reflect.Value ("no value"). The difference is visible in Go: <c>.a.b</c> with <c>a: null</c>
/// fails with "nil pointer evaluating interface {}.b", and passing it to a string parameter says
/// "got interface {}". It never reaches function bodies other than the reflect.Value builtins.
/// </summary>
internal sealed class NilInterface
{
    public static readonly NilInterface Value = new();

    private NilInterface()
    {
    }

    public override string ToString() => "<nil>";
}
