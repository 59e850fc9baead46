using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// Sprig randomness: randAlphaNum, randAlpha, randAscii, randNumeric (goutils' CryptoRandom* character
/// sets), randInt (math/rand Intn), uuidv4 (google/uuid v4 text form). randBytes lives with crypto.
/// </summary>
internal static class SprigRandomFunctions
{
    private static readonly GoSignature s_int = GoSignature.Of(GoType.Int);

    public static void Register(FunctionTable.Builder table)
    {
        table.Add("randAlphaNum", s_int, (ctx, args) => CryptoRandom(ctx, (long)args[0]!, ' ', 'z' + 1, letters: true, numbers: true));
        table.Add("randAlpha", s_int, (ctx, args) => CryptoRandom(ctx, (long)args[0]!, ' ', 'z' + 1, letters: true, numbers: false));
        table.Add("randAscii", s_int, (ctx, args) => CryptoRandom(ctx, (long)args[0]!, 32, 127, letters: false, numbers: false));
        table.Add("randNumeric", s_int, (ctx, args) => CryptoRandom(ctx, (long)args[0]!, ' ', 'z' + 1, letters: false, numbers: true));
        table.Add("randInt", GoSignature.Of(GoType.Int, GoType.Int), (ctx, args) => RandInt(ctx, (long)args[0]!, (long)args[1]!));
        table.Add("uuidv4", GoSignature.Of(), (ctx, _) => UuidV4(ctx));
    }

    /// <summary>
    /// goutils.CryptoRandom restricted to the ASCII ranges sprig uses: draws uniformly from
    /// [start, end) and keeps letters/digits as asked (both false keeps everything). A negative count
    /// is an error sprig ignores, giving "".
    /// </summary>
    public static string CryptoRandom(FunctionContext context, long count, int start, int end, bool letters, bool numbers)
    {
        if (count <= 0)
        {
            return string.Empty;
        }

        if (count > Array.MaxLength)
        {
            throw new GoFailure("runtime error: makeslice: len out of range");
        }

        var buffer = new char[count];
        int gap = end - start;
        long remaining = count;
        while (remaining != 0)
        {
            char ch = (char)(SprigRandomSource.NextInt(context, gap) + start);
            bool keep = (letters && char.IsAsciiLetter(ch)) || (numbers && char.IsAsciiDigit(ch)) || (!letters && !numbers);
            if (keep)
            {
                remaining--;
                buffer[remaining] = ch;
            }
        }

        return new string(buffer);
    }

    /// <summary>randInt: math/rand.Intn(max-min)+min, panicking like Intn when the span is not positive.</summary>
    public static object RandInt(FunctionContext context, long min, long max)
    {
        long span = unchecked(max - min);
        if (span <= 0)
        {
            throw new GoFailure("invalid argument to Intn");
        }

        return GoValue.Int(unchecked(SprigRandomSource.NextInt64(context, span) + min));
    }

    /// <summary>uuid.New().String(): random 128 bits with version 4 and the RFC 4122 variant, lower-case 8-4-4-4-12.</summary>
    public static string UuidV4(FunctionContext context)
    {
        Span<byte> bytes = stackalloc byte[16];
        SprigRandomSource.Fill(context, bytes);
        bytes[6] = (byte)((bytes[6] & 0x0f) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3f) | 0x80);
        var hex = Convert.ToHexStringLower(bytes);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }
}
