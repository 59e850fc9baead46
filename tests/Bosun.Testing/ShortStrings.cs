namespace Bosun.Testing;

/// <summary>Exhaustive inputs for differential tests: every string up to a length over a small alphabet.</summary>
public static class ShortStrings
{
    /// <summary>Every string of length 0 to <paramref name="maxLength"/> over <paramref name="alphabet"/>, shortest first.</summary>
    public static IEnumerable<string> All(string alphabet, int maxLength)
    {
        for (int length = 0; length <= maxLength; length++)
        {
            var indices = new int[length];
            var buffer = new char[length];
            while (true)
            {
                for (int i = 0; i < length; i++)
                {
                    buffer[i] = alphabet[indices[i]];
                }

                yield return new string(buffer);
                int k = length - 1;
                while (k >= 0 && ++indices[k] == alphabet.Length)
                {
                    indices[k--] = 0;
                }

                if (k < 0)
                {
                    break;
                }
            }
        }
    }
}
