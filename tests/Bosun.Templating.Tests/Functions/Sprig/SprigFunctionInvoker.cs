using Bosun.Core.Values;
using Bosun.Templating.Functions;

namespace Bosun.Templating.Tests.Functions.Sprig;

/// <summary>
/// Calls functions of <see cref="FunctionTable.Helm"/> directly, with arguments already in the Go types
/// of their signatures (as the executor delivers them), a seeded Random and a fixed clock.
/// </summary>
internal sealed class SprigFunctionInvoker : FunctionContext
{
    public SprigFunctionInvoker(int seed = 42, DateTimeOffset? now = null, TimeZoneInfo? local = null)
    {
        Clock = new FixedTimeProvider(now ?? new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero), local ?? TimeZoneInfo.Utc);
        Options = new TemplateOptions
        {
            Functions = FunctionTable.Helm,
            Random = new Random(seed),
            Time = Clock,
            EnableDns = true,
        };
    }

    public FixedTimeProvider Clock { get; }

    public override TemplateOptions Options { get; }

    public override string Include(string name, object? data) => throw new NotSupportedException();

    public override string Tpl(string text, object? data) => throw new NotSupportedException();

    public TemplateFunction Function(string name)
    {
        Assert.True(FunctionTable.Helm.TryGet(name, out var function), $"function {name} is not registered");
        return function!;
    }

    public object? Call(string name, params object?[] args)
    {
        var function = Function(name);
        return function.Invoke(this, args);
    }

    public string Fails(string name, params object?[] args) =>
        Assert.Throws<GoFailure>(() => Call(name, args)).Message;

    /// <summary>A clock fixed at a given instant (advanced by hand) with a chosen local zone.</summary>
    internal sealed class FixedTimeProvider : TimeProvider
    {
        private readonly TimeZoneInfo _local;

        public FixedTimeProvider(DateTimeOffset now, TimeZoneInfo local)
        {
            Now = now;
            _local = local;
        }

        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

        public override TimeZoneInfo LocalTimeZone => _local;
    }
}
