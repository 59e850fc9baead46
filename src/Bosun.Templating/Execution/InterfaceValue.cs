namespace Bosun.Templating.Execution;

/// <summary>
/// A non-nil value read from an <c>interface {}</c> element (a range element of a
/// <c>[]interface {}</c> or <c>map[string]interface {}</c>): Go keeps its static type <c>interface {}</c>
/// until a pipeline ends, which shows in messages such as "can't evaluate field Values in type
/// interface {}". Unwrapped wherever Go unwraps (pipeline results, argument checks, field access).
/// </summary>
internal sealed class InterfaceValue
{
    public InterfaceValue(object value)
    {
        Value = value;
    }

    public object Value { get; }

    public override string ToString() => Value.ToString() ?? string.Empty;
}
