namespace Bosun.Engine.Charts;

/// <summary>A <c>--set</c> expression helm's strvals parser would reject; the message is helm's.</summary>
public sealed class SetValueException : Exception
{
    public SetValueException(string message)
        : base(message)
    {
    }
}
