using Bosun.Core.Values;
using Bosun.Templating.Functions.Go;
using Bosun.Templating.Functions.Helm;
using Bosun.Templating.Functions.Sprig;

namespace Bosun.Templating.Functions;

/// <summary>An immutable name → function table (Go's FuncMap).</summary>
public sealed class FunctionTable
{
    private static readonly Lazy<FunctionTable> s_helm = new(CreateHelm);
    private static readonly Lazy<FunctionTable> s_go = new(CreateGo);
    private static readonly Lazy<FunctionTable> s_helm3 = new(() => s_helm.Value.Where(name => HelmSerializationFunctions.IsDefined(name, 3)));

    // A plain dictionary, never mutated after Build: freezing ~250 entries cost ~2 ms of every cold start and
    // buys nothing measurable (the executor looks a function up once per call).
    private readonly Dictionary<string, TemplateFunction> _functions;

    private FunctionTable(Dictionary<string, TemplateFunction> functions)
    {
        _functions = functions;
    }

    public static FunctionTable Empty { get; } = new(new Dictionary<string, TemplateFunction>(StringComparer.Ordinal));

    /// <summary>Go's builtins only (plain text/template).</summary>
    public static FunctionTable Go => s_go.Value;

    /// <summary>Go builtins + sprig (minus env/expandenv, as helm removes them) + helm's own functions.</summary>
    public static FunctionTable Helm => s_helm.Value;

    /// <summary>The function table of a helm major version: helm v3 lacks a few of v4's functions (<c>mustToYaml</c>).</summary>
    public static FunctionTable HelmFor(int helmMajor) => helmMajor < 4 ? s_helm3.Value : s_helm.Value;

    public IEnumerable<string> Names => _functions.Keys;

    public int Count => _functions.Count;

    public bool TryGet(string name, out TemplateFunction? function) => _functions.TryGetValue(name, out function);

    public FunctionTable With(IEnumerable<TemplateFunction> functions)
    {
        var builder = new Builder();
        foreach (var f in _functions.Values)
        {
            builder.Add(f);
        }

        foreach (var f in functions)
        {
            builder.Add(f);
        }

        return builder.Build();
    }

    private FunctionTable Where(Func<string, bool> keep)
    {
        var builder = new Builder();
        foreach (var f in _functions.Values)
        {
            if (keep(f.Name))
            {
                builder.Add(f);
            }
        }

        return builder.Build();
    }

    private static FunctionTable CreateGo()
    {
        var builder = new Builder();
        GoBuiltinFunctions.Register(builder);
        return builder.Build();
    }

    private static FunctionTable CreateHelm()
    {
        var builder = new Builder();
        GoBuiltinFunctions.Register(builder);
        SprigStringFunctions.Register(builder);
        SprigListFunctions.Register(builder);
        SprigDictFunctions.Register(builder);
        SprigMathFunctions.Register(builder);
        SprigConversionFunctions.Register(builder);
        SprigReflectionFunctions.Register(builder);
        SprigDefaultFunctions.Register(builder);
        SprigPathFunctions.Register(builder);
        SprigCryptoFunctions.Register(builder);
        SprigEncodingFunctions.Register(builder);
        SprigSemverFunctions.Register(builder);
        SprigRegexFunctions.Register(builder);
        SprigDateFunctions.Register(builder);
        SprigNetworkFunctions.Register(builder);
        SprigRandomFunctions.Register(builder);
        HelmSerializationFunctions.Register(builder);
        HelmFunctions.Register(builder);
        return builder.Build();
    }

    /// <summary>Collects functions; a later registration of a name replaces an earlier one (sprig overrides Go's, helm's override sprig's).</summary>
    public sealed class Builder
    {
        private Dictionary<string, TemplateFunction> _functions = new(StringComparer.Ordinal);

        public Builder Add(TemplateFunction function)
        {
            _functions[function.Name] = function;
            return this;
        }

        public Builder Add(string name, GoSignature signature, Func<FunctionContext, object?[], object?> invoke) =>
            Add(new TemplateFunction(name, signature, invoke));

        /// <summary>A function that needs no context.</summary>
        public Builder Add(string name, GoSignature signature, Func<object?[], object?> invoke) =>
            Add(new TemplateFunction(name, signature, (_, args) => invoke(args)));

        /// <summary>The table; the builder starts over empty, so the table never changes after it is built.</summary>
        public FunctionTable Build()
        {
            var table = new FunctionTable(_functions);
            _functions = new Dictionary<string, TemplateFunction>(StringComparer.Ordinal);
            return table;
        }
    }
}
