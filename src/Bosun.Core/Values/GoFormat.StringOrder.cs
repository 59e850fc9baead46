namespace Bosun.Core.Values;

public static partial class GoFormat
{
    private sealed partial class Printer
    {
        /// <summary>Go's string order (UTF-8 bytes, i.e. code points), which differs from UTF-16 ordinal above U+D7FF.</summary>
        internal sealed class CodePointComparer : IComparer<string>
        {
            public static readonly CodePointComparer Instance = new();

            /// <summary>The same order as a delegate made once (see <see cref="GoJsonKeyOrder.Comparison"/>).</summary>
            public static readonly Comparison<string> Comparison = Instance.Compare;

            public int Compare(string? x, string? y)
            {
                if (x is null || y is null)
                {
                    return x is null ? (y is null ? 0 : -1) : 1;
                }

                int n = Math.Min(x.Length, y.Length);
                for (int i = 0; i < n; i++)
                {
                    char a = x[i];
                    char b = y[i];
                    if (a != b)
                    {
                        // Surrogates (supplementary code points) sort after U+E000..U+FFFF in UTF-8.
                        if (a >= 0xD800 && b >= 0xD800)
                        {
                            return Fix(a) - Fix(b);
                        }

                        return a - b;
                    }
                }

                return x.Length - y.Length;
            }

            private static int Fix(char c) => c switch
            {
                >= (char)0xE000 => c - 0x800,
                _ => c + 0x2000,
            };
        }
    }
}
