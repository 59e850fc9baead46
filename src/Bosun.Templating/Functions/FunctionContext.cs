using Bosun.Core.Values;

namespace Bosun.Templating.Functions;

/// <summary>
/// What a function may ask of the running template: include/tpl, randomness, the clock, the cluster
/// (lookup) and the options in force. Supplied by the executor for each call.
/// </summary>
public abstract class FunctionContext
{
    public abstract TemplateOptions Options { get; }

    /// <summary>Executes the named template with data and returns its output (helm's <c>include</c>).</summary>
    public abstract string Include(string name, object? data);

    /// <summary>Parses and executes text as a template in the current set (helm's <c>tpl</c>).</summary>
    public abstract string Tpl(string text, object? data);

    public Random Random => Options.Random;

    public TimeProvider Time => Options.Time;

    /// <summary>helm's <c>lookup</c>: an empty map offline; the Kubernetes layer supplies a live reader.</summary>
    public ILookupSource Lookup => Options.Lookup;
}

/// <summary>Reads cluster objects for helm's <c>lookup</c>; returns a GoMap (empty when not found).</summary>
public interface ILookupSource
{
    GoMap Lookup(string apiVersion, string kind, string ns, string name);
}

/// <summary>The offline lookup of <c>helm template</c>: always an empty map.</summary>
public sealed class OfflineLookupSource : ILookupSource
{
    public static readonly OfflineLookupSource Instance = new();

    public GoMap Lookup(string apiVersion, string kind, string ns, string name) => new();
}
