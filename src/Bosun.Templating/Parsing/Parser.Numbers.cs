using Bosun.Templating.Diagnostics;
using Bosun.Templating.Lexing;
using Bosun.Templating.Syntax;

namespace Bosun.Templating.Parsing;

/// <summary>Number literals, as Go's parse.newNumber reads them into every representable type.</summary>
internal sealed partial class Parser
{
    private const double TwoTo63 = 9223372036854775808.0;
    private const double TwoTo64 = 18446744073709551616.0;

    private NumberNode NewNumber(Token token)
    {
        string text = token.Value;
        var n = new NumberNode(_tree, token.Position, text);
        switch (token.Kind)
        {
            case TokenKind.CharConstant:
            {
                int index = 1;
                if (!GoUnquote.TryUnquoteChar(text, ref index, text[0], out int rune, out _))
                {
                    throw ErrorAt(SpanOf(token), TemplateErrors.InvalidLiteral);
                }

                if (text[index..] != "'")
                {
                    throw ErrorAt(SpanOf(token), TemplateErrors.MalformedCharacterConstant, text);
                }

                n.Int64 = rune;
                n.IsInt = true;
                n.Uint64 = (ulong)rune;
                n.IsUint = true;
                n.Float64 = rune;
                n.IsFloat = true;
                return n;
            }

            case TokenKind.Complex:
                if (!TryParseComplex(text, out double real, out double imaginary))
                {
                    throw ErrorAt(SpanOf(token), TemplateErrors.IllegalNumberSyntax, GoQuoting.Quote(text));
                }

                n.IsComplex = true;
                n.ComplexReal = real;
                n.ComplexImaginary = imaginary;
                SimplifyComplex(n);
                return n;
        }

        // Imaginary constants can only be complex unless they are zero.
        if (text.Length > 0 && text[^1] == 'i' && GoNumberParser.TryParseFloat(text[..^1], out double imag))
        {
            n.IsComplex = true;
            n.ComplexImaginary = imag;
            SimplifyComplex(n);
            return n;
        }

        // Integers first so 0x123 and friends are read as such.
        bool uintOk = GoNumberParser.TryParseUint(text, out ulong u);
        if (uintOk)
        {
            n.IsUint = true;
            n.Uint64 = u;
        }

        if (GoNumberParser.TryParseInt(text, out long i))
        {
            n.IsInt = true;
            n.Int64 = i;
            if (i == 0)
            {
                n.IsUint = true; // -0
                n.Uint64 = u;
            }
        }

        if (n.IsInt)
        {
            n.IsFloat = true;
            n.Float64 = n.Int64;
        }
        else if (n.IsUint)
        {
            n.IsFloat = true;
            n.Float64 = n.Uint64;
        }
        else if (GoNumberParser.TryParseFloat(text, out double f))
        {
            // Parsed as a float but looks like an integer: an integer too large for 64 bits.
            if (text.IndexOfAny(['.', 'e', 'E', 'p', 'P']) < 0)
            {
                throw ErrorAt(SpanOf(token), TemplateErrors.IntegerOverflow, GoQuoting.Quote(text));
            }

            n.IsFloat = true;
            n.Float64 = f;
            if (!n.IsInt && IsInt64(f))
            {
                n.IsInt = true;
                n.Int64 = (long)f;
            }

            if (!n.IsUint && IsUint64(f))
            {
                n.IsUint = true;
                n.Uint64 = (ulong)f;
            }
        }

        if (!n.IsInt && !n.IsUint && !n.IsFloat)
        {
            throw ErrorAt(SpanOf(token), TemplateErrors.IllegalNumberSyntax, GoQuoting.Quote(text));
        }

        return n;
    }

    private static bool IsInt64(double f) => f >= -TwoTo63 && f < TwoTo63 && Math.Truncate(f) == f;

    private static bool IsUint64(double f) => f > -1 && f < TwoTo64 && Math.Truncate(f) == f;

    private static void SimplifyComplex(NumberNode n)
    {
        n.IsFloat = n.ComplexImaginary == 0;
        if (n.IsFloat)
        {
            n.Float64 = n.ComplexReal;
            n.IsInt = IsInt64(n.Float64);
            if (n.IsInt)
            {
                n.Int64 = (long)n.Float64;
            }

            n.IsUint = IsUint64(n.Float64);
            if (n.IsUint)
            {
                n.Uint64 = n.Float64 <= 0 ? 0 : (ulong)n.Float64;
            }
        }
    }

    /// <summary>fmt.Sscan of a complex literal such as <c>1+2i</c> or <c>-1.5e3-2i</c>.</summary>
    private static bool TryParseComplex(string text, out double real, out double imaginary)
    {
        real = 0;
        imaginary = 0;
        if (text.Length < 2 || text[^1] != 'i')
        {
            return false;
        }

        for (int k = text.Length - 2; k > 0; k--)
        {
            if (text[k] is '+' or '-' && text[k - 1] is not ('e' or 'E' or 'p' or 'P'))
            {
                return GoNumberParser.TryParseFloat(text[..k], out real)
                    && GoNumberParser.TryParseFloat(text[k..^1], out imaginary);
            }
        }

        return false;
    }
}
