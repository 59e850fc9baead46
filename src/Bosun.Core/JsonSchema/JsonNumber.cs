using System.Globalization;
using System.Numerics;

namespace Bosun.Core.JsonSchema;

/// <summary>
/// A number of a schema document kept as its JSON text (encoding/json's UseNumber) with its exact
/// rational value, as math/big.Rat.SetString reads it.
/// </summary>
public sealed class JsonNumber
{
    /// <summary>Creates a number from its JSON text.</summary>
    public JsonNumber(string text)
    {
        Text = text;
        Value = JsonRational.Parse(text) ?? JsonRational.Zero;
    }

    /// <summary>The number as written in the document.</summary>
    public string Text { get; }

    /// <summary>The exact value.</summary>
    public JsonRational Value { get; }

    /// <summary>The JSON text (json.Number's String()).</summary>
    public override string ToString() => Text;

    /// <summary>The value as a non-negative int when it is one (for minLength and the like).</summary>
    public bool TryGetInt(out int value)
    {
        value = 0;
        if (!Value.IsInteger || Value.Numerator.Sign < 0 || Value.Numerator > int.MaxValue)
        {
            return false;
        }

        value = (int)Value.Numerator;
        return true;
    }

    internal static string Invariant(BigInteger b) => b.ToString(CultureInfo.InvariantCulture);
}
