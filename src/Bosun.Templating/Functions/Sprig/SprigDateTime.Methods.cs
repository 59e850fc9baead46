using System.Text;
using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>The methods of <c>time.Time</c> that templates can call (single result, or result and error).</summary>
internal sealed partial class SprigDateTime : IGoObject
{
    private static readonly GoSignature s_none = GoSignature.Of();
    private static readonly GoSignature s_time = GoSignature.Of(GoType);
    private static readonly GoSignature s_duration = GoSignature.Of(SprigDateDuration.GoType);
    private static readonly GoSignature s_ints = GoSignature.Of(Bosun.Core.Values.GoType.Int, Bosun.Core.Values.GoType.Int, Bosun.Core.Values.GoType.Int);

    public GoType Type => GoType;

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
            "String" => new GoMethod(s_none, _ => GoStringValue()),
            "Format" => new GoMethod(GoSignature.Of(Bosun.Core.Values.GoType.String), args => Format((string)args[0]!)),
            "Year" => new GoMethod(s_none, _ => GoValue.Int(Fields().Year)),
            "Month" => new GoMethod(s_none, _ => SprigDateName.Month(Fields().Month)),
            "Day" => new GoMethod(s_none, _ => GoValue.Int(Fields().Day)),
            "Hour" => new GoMethod(s_none, _ => GoValue.Int(Fields().Hour)),
            "Minute" => new GoMethod(s_none, _ => GoValue.Int(Fields().Minute)),
            "Second" => new GoMethod(s_none, _ => GoValue.Int(Fields().Second)),
            "Nanosecond" => new GoMethod(s_none, _ => GoValue.Int(Nanoseconds)),
            "YearDay" => new GoMethod(s_none, _ => GoValue.Int(Fields().YearDay)),
            "Weekday" => new GoMethod(s_none, _ => SprigDateName.Weekday(Fields().Weekday)),
            "Unix" => new GoMethod(s_none, _ => GoInt.Int64(UnixSeconds)),
            "UnixMilli" => new GoMethod(s_none, _ => GoInt.Int64(UnixSeconds * 1_000 + Nanoseconds / 1_000_000)),
            "UnixMicro" => new GoMethod(s_none, _ => GoInt.Int64(UnixSeconds * 1_000_000 + Nanoseconds / 1_000)),
            "UnixNano" => new GoMethod(s_none, _ => GoInt.Int64(unchecked(UnixSeconds * NanosPerSecond + Nanoseconds))),
            "IsZero" => new GoMethod(s_none, _ => GoValue.Bool(IsZero)),
            "IsDST" => new GoMethod(s_none, _ => GoValue.Bool(Location.Lookup(UnixSeconds).IsDst)),
            "UTC" => new GoMethod(s_none, _ => In(SprigDateLocation.Utc)),
            "Location" => new GoMethod(s_none, _ => new SprigDateLocationValue(Location)),
            "Add" => new GoMethod(s_duration, args => Add(SprigDateDuration.From(args[0]))),
            "AddDate" => new GoMethod(s_ints, args =>
            {
                var f = Fields();
                return Date(f.Year + (long)args[0]!, f.Month + (long)args[1]!, f.Day + (long)args[2]!, f.Hour, f.Minute, f.Second, Nanoseconds, Location);
            }),
            "Sub" => new GoMethod(s_time, args => new SprigDateDuration(Sub((SprigDateTime)args[0]!))),
            "After" => new GoMethod(s_time, args => GoValue.Bool(Compare((SprigDateTime)args[0]!) > 0)),
            "Before" => new GoMethod(s_time, args => GoValue.Bool(Compare((SprigDateTime)args[0]!) < 0)),
            "Equal" => new GoMethod(s_time, args => GoValue.Bool(Compare((SprigDateTime)args[0]!) == 0)),
            "Compare" => new GoMethod(s_time, args => GoValue.Int(Compare((SprigDateTime)args[0]!))),
            "Round" => new GoMethod(s_duration, args => RoundTo(SprigDateDuration.From(args[0]), round: true)),
            "Truncate" => new GoMethod(s_duration, args => RoundTo(SprigDateDuration.From(args[0]), round: false)),
            "MarshalText" => new GoMethod(s_none, _ => Encoding.UTF8.GetBytes(Format("2006-01-02T15:04:05.999999999Z07:00"))),
            "MarshalJSON" => new GoMethod(s_none, _ => Encoding.UTF8.GetBytes("\"" + Format("2006-01-02T15:04:05.999999999Z07:00") + "\"")),
            _ => null,
        };
        return method is not null;
    }

    public string? GoString() => GoStringValue();
}
