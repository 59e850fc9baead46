using System.Security.Cryptography;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// Randomness for sprig's random functions. Sprig draws from crypto/rand; we do the same (the OS
/// CSPRNG) unless the template options carry their own <see cref="Random"/> (tests, reproducible runs),
/// which is then used as given.
/// </summary>
internal static class SprigRandomSource
{
    /// <summary>A uniform integer in [0, exclusiveMax).</summary>
    public static int NextInt(FunctionContext context, int exclusiveMax)
    {
        var random = context.Random;
        return ReferenceEquals(random, Random.Shared)
            ? RandomNumberGenerator.GetInt32(exclusiveMax)
            : random.Next(exclusiveMax);
    }

    /// <summary>A uniform 64-bit integer in [0, exclusiveMax).</summary>
    public static long NextInt64(FunctionContext context, long exclusiveMax)
    {
        var random = context.Random;
        if (!ReferenceEquals(random, Random.Shared))
        {
            return random.NextInt64(exclusiveMax);
        }

        // Rejection sampling over the OS CSPRNG.
        ulong max = (ulong)exclusiveMax;
        ulong limit = ulong.MaxValue - (ulong.MaxValue % max);
        Span<byte> buffer = stackalloc byte[8];
        while (true)
        {
            RandomNumberGenerator.Fill(buffer);
            ulong value = BitConverter.ToUInt64(buffer);
            if (value < limit)
            {
                return (long)(value % max);
            }
        }
    }

    public static void Fill(FunctionContext context, Span<byte> buffer)
    {
        var random = context.Random;
        if (ReferenceEquals(random, Random.Shared))
        {
            RandomNumberGenerator.Fill(buffer);
        }
        else
        {
            random.NextBytes(buffer);
        }
    }
}
