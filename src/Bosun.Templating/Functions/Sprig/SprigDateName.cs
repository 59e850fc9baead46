using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>A <c>time.Month</c> or <c>time.Weekday</c> value: an int that prints as its English name.</summary>
internal sealed class SprigDateName : IGoObject
{
    public static readonly GoType MonthType = new("time.Month", GoKind.Int, isNamed: true);
    public static readonly GoType WeekdayType = new("time.Weekday", GoKind.Int, isNamed: true);

    private static readonly GoSignature s_none = GoSignature.Of();

    private SprigDateName(GoType type, int value, string name)
    {
        Type = type;
        Value = value;
        Name = name;
    }

    public GoType Type { get; }

    public int Value { get; }

    public string Name { get; }

    public IReadOnlyList<string> FieldNames => [];

    public static SprigDateName Month(int month) => new(MonthType, month, SprigDateLayout.LongMonthNames[month - 1]);

    public static SprigDateName Weekday(int weekday) => new(WeekdayType, weekday, SprigDateLayout.LongDayNames[weekday]);

    public bool TryGetField(string name, out object? value)
    {
        value = null;
        return false;
    }

    public bool TryGetMethod(string name, out GoMethod? method)
    {
        method = name == "String" ? new GoMethod(s_none, _ => Name) : null;
        return method is not null;
    }

    public string? GoString() => Name;
}
