namespace Bosun.Core.Values;

/// <summary>
/// The Go parameter list of a function or method, used by the template executor to convert and
/// check arguments exactly as text/template does (<c>wrong type for value; expected int; got float64</c>).
/// </summary>
public sealed class GoSignature
{
    public GoSignature(IReadOnlyList<GoType> parameters, GoType? variadic = null, bool returnsError = false)
    {
        Parameters = parameters;
        Variadic = variadic;
        ReturnsError = returnsError;
    }

    /// <summary>Fixed parameters, in order.</summary>
    public IReadOnlyList<GoType> Parameters { get; }

    /// <summary>Element type of a final <c>...T</c> parameter, or null.</summary>
    public GoType? Variadic { get; }

    /// <summary>True when the Go function returns <c>(T, error)</c>; informational (calls fail via <see cref="GoFailure"/>).</summary>
    public bool ReturnsError { get; }

    public static GoSignature Of(params GoType[] parameters) => new(parameters);

    public static GoSignature VariadicOf(GoType variadic, params GoType[] parameters) => new(parameters, variadic);
}
