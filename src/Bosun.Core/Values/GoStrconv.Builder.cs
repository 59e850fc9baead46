using System.Text;

namespace Bosun.Core.Values;

public static partial class GoStrconv
{
    [ThreadStatic]
    private static StringBuilder? s_cachedBuilder;

    private static StringBuilder AcquireBuilder()
    {
        var sb = s_cachedBuilder;
        if (sb is null)
        {
            return new StringBuilder(64);
        }

        s_cachedBuilder = null;
        sb.Clear();
        return sb;
    }

    private static string ReleaseBuilder(StringBuilder sb)
    {
        var s = sb.ToString();
        if (sb.Capacity <= 4096)
        {
            s_cachedBuilder = sb;
        }

        return s;
    }
}
