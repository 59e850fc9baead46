using System.Globalization;
using System.Text;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>Go's <c>net/url.URL</c>: Parse (with its errors), Hostname and String, as sprig's urlParse/urlJoin use them.</summary>
internal sealed class SprigNetworkUrl
{
    private enum Encoding
    {
        Path = 1,
        PathSegment,
        Host,
        Zone,
        UserPassword,
        QueryComponent,
        Fragment,
    }

    public string Scheme { get; set; } = string.Empty;

    public string Opaque { get; set; } = string.Empty;

    /// <summary>Userinfo (username, password, whether a password was given), or null.</summary>
    public (string Username, string Password, bool PasswordSet)? User { get; set; }

    public string Host { get; set; } = string.Empty;

    public string Path { get; set; } = string.Empty;

    public string RawPath { get; set; } = string.Empty;

    public bool ForceQuery { get; set; }

    public string RawQuery { get; set; } = string.Empty;

    public string Fragment { get; set; } = string.Empty;

    public string RawFragment { get; set; } = string.Empty;

    /// <summary>url.Parse; throws <see cref="FormatException"/> with Go's <c>parse "URL": reason</c> text.</summary>
    public static SprigNetworkUrl Parse(string rawUrl)
    {
        int hash = rawUrl.IndexOf('#', StringComparison.Ordinal);
        string u = hash < 0 ? rawUrl : rawUrl[..hash];
        string frag = hash < 0 ? string.Empty : rawUrl[(hash + 1)..];
        SprigNetworkUrl url;
        try
        {
            url = ParseWithoutFragment(u);
        }
        catch (FormatException e)
        {
            throw new FormatException("parse " + Quote(u) + ": " + e.Message, e);
        }

        if (frag.Length == 0)
        {
            return url;
        }

        try
        {
            url.Fragment = Unescape(frag, Encoding.Fragment);
            url.RawFragment = Escape(url.Fragment, Encoding.Fragment) == frag ? string.Empty : frag;
        }
        catch (FormatException e)
        {
            throw new FormatException("parse " + Quote(rawUrl) + ": " + e.Message, e);
        }

        return url;
    }

    /// <summary>Userinfo.String(): username[:password], escaped.</summary>
    public string UserString() =>
        User is not { } user ? string.Empty
            : Escape(user.Username, Encoding.UserPassword) + (user.PasswordSet ? ":" + Escape(user.Password, Encoding.UserPassword) : string.Empty);

    /// <summary>URL.Hostname(): the host without a valid port and without IPv6 brackets.</summary>
    public string Hostname()
    {
        string host = Host;
        int colon = host.LastIndexOf(':');
        if (colon != -1 && ValidOptionalPort(host[colon..]))
        {
            host = host[..colon];
        }

        if (host.StartsWith('[') && host.EndsWith(']'))
        {
            host = host[1..^1];
        }

        return host;
    }

    /// <summary>URL.String().</summary>
    public override string ToString()
    {
        var buf = new StringBuilder();
        if (Scheme.Length > 0)
        {
            buf.Append(Scheme).Append(':');
        }

        if (Opaque.Length > 0)
        {
            buf.Append(Opaque);
        }
        else
        {
            if (Scheme.Length > 0 || Host.Length > 0 || User is not null)
            {
                if (Host.Length > 0 || Path.Length > 0 || User is not null)
                {
                    buf.Append("//");
                }

                if (User is not null)
                {
                    buf.Append(UserString()).Append('@');
                }

                if (Host.Length > 0)
                {
                    buf.Append(Escape(Host, Encoding.Host));
                }
            }

            string path = EscapedPath();
            if (path.Length > 0 && path[0] != '/' && Host.Length > 0)
            {
                buf.Append('/');
            }

            if (buf.Length == 0)
            {
                int slash = path.IndexOf('/', StringComparison.Ordinal);
                string segment = slash < 0 ? path : path[..slash];
                if (segment.Contains(':', StringComparison.Ordinal))
                {
                    buf.Append("./");
                }
            }

            buf.Append(path);
        }

        if (ForceQuery || RawQuery.Length > 0)
        {
            buf.Append('?').Append(RawQuery);
        }

        if (Fragment.Length > 0)
        {
            buf.Append('#').Append(EscapedFragment());
        }

        return buf.ToString();
    }

    private string EscapedPath()
    {
        if (RawPath.Length > 0 && ValidEncoded(RawPath, Encoding.Path) && TryUnescape(RawPath, Encoding.Path, out var p) && p == Path)
        {
            return RawPath;
        }

        return Path == "*" ? "*" : Escape(Path, Encoding.Path);
    }

    private string EscapedFragment()
    {
        if (RawFragment.Length > 0 && ValidEncoded(RawFragment, Encoding.Fragment) && TryUnescape(RawFragment, Encoding.Fragment, out var f) && f == Fragment)
        {
            return RawFragment;
        }

        return Escape(Fragment, Encoding.Fragment);
    }

    private static SprigNetworkUrl ParseWithoutFragment(string rawUrl)
    {
        foreach (byte b in System.Text.Encoding.UTF8.GetBytes(rawUrl))
        {
            if (b < ' ' || b == 0x7f)
            {
                throw new FormatException("net/url: invalid control character in URL");
            }
        }

        var url = new SprigNetworkUrl();
        if (rawUrl == "*")
        {
            url.Path = "*";
            return url;
        }

        var (scheme, rest) = GetScheme(rawUrl);
        url.Scheme = scheme.ToLowerInvariant();
        if (rest.EndsWith('?') && rest.Count(c => c == '?') == 1)
        {
            url.ForceQuery = true;
            rest = rest[..^1];
        }
        else
        {
            int q = rest.IndexOf('?', StringComparison.Ordinal);
            if (q >= 0)
            {
                url.RawQuery = rest[(q + 1)..];
                rest = rest[..q];
            }
        }

        if (!rest.StartsWith('/'))
        {
            if (url.Scheme.Length > 0)
            {
                url.Opaque = rest;
                return url;
            }

            int slash = rest.IndexOf('/', StringComparison.Ordinal);
            string segment = slash < 0 ? rest : rest[..slash];
            if (segment.Contains(':', StringComparison.Ordinal))
            {
                throw new FormatException("first path segment in URL cannot contain colon");
            }
        }

        if ((url.Scheme.Length > 0 || !rest.StartsWith("///", StringComparison.Ordinal)) && rest.StartsWith("//", StringComparison.Ordinal))
        {
            string authority = rest[2..];
            rest = string.Empty;
            int i = authority.IndexOf('/', StringComparison.Ordinal);
            if (i >= 0)
            {
                rest = authority[i..];
                authority = authority[..i];
            }

            ParseAuthority(url, authority);
        }

        url.Path = Unescape(rest, Encoding.Path);
        url.RawPath = Escape(url.Path, Encoding.Path) == rest ? string.Empty : rest;
        return url;
    }

    private static (string Scheme, string Remainder) GetScheme(string rawUrl)
    {
        for (int i = 0; i < rawUrl.Length; i++)
        {
            char c = rawUrl[i];
            if (char.IsAsciiLetter(c))
            {
                continue;
            }

            if (char.IsAsciiDigit(c) || c is '+' or '-' or '.')
            {
                if (i == 0)
                {
                    return (string.Empty, rawUrl);
                }

                continue;
            }

            if (c == ':')
            {
                if (i == 0)
                {
                    throw new FormatException("missing protocol scheme");
                }

                return (rawUrl[..i], rawUrl[(i + 1)..]);
            }

            return (string.Empty, rawUrl);
        }

        return (string.Empty, rawUrl);
    }

    private static void ParseAuthority(SprigNetworkUrl url, string authority)
    {
        int i = authority.LastIndexOf('@');
        url.Host = ParseHost(i < 0 ? authority : authority[(i + 1)..]);
        if (i < 0)
        {
            return;
        }

        string userinfo = authority[..i];
        if (!ValidUserinfo(userinfo))
        {
            throw new FormatException("net/url: invalid userinfo");
        }

        int colon = userinfo.IndexOf(':', StringComparison.Ordinal);
        url.User = colon < 0
            ? (Unescape(userinfo, Encoding.UserPassword), string.Empty, false)
            : (Unescape(userinfo[..colon], Encoding.UserPassword), Unescape(userinfo[(colon + 1)..], Encoding.UserPassword), true);
    }

    private static string ParseHost(string host)
    {
        if (host.StartsWith('['))
        {
            int i = host.LastIndexOf(']');
            if (i < 0)
            {
                throw new FormatException("missing ']' in host");
            }

            string colonPort = host[(i + 1)..];
            if (!ValidOptionalPort(colonPort))
            {
                throw new FormatException("invalid port " + Quote(colonPort) + " after host");
            }

            int zone = host[..i].IndexOf("%25", StringComparison.Ordinal);
            if (zone >= 0)
            {
                return Unescape(host[..zone], Encoding.Host) + Unescape(host[zone..i], Encoding.Zone) + Unescape(host[i..], Encoding.Host);
            }
        }
        else
        {
            int i = host.LastIndexOf(':');
            if (i != -1)
            {
                string colonPort = host[i..];
                if (!ValidOptionalPort(colonPort))
                {
                    throw new FormatException("invalid port " + Quote(colonPort) + " after host");
                }
            }
        }

        return Unescape(host, Encoding.Host);
    }

    private static bool ValidOptionalPort(string port)
    {
        if (port.Length == 0)
        {
            return true;
        }

        return port[0] == ':' && port.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;
    }

    private static bool ValidUserinfo(string s)
    {
        foreach (char c in s)
        {
            if (char.IsAsciiLetterOrDigit(c) || "-._:~!$&'()*+,;=%@".Contains(c, StringComparison.Ordinal))
            {
                continue;
            }

            return false;
        }

        return true;
    }

    private static bool ValidEncoded(string s, Encoding mode)
    {
        foreach (byte b in System.Text.Encoding.UTF8.GetBytes(s))
        {
            if ("!$&'()*+,;=:@[]%".Contains((char)b, StringComparison.Ordinal))
            {
                continue;
            }

            if (ShouldEscape(b, mode))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ShouldEscape(byte c, Encoding mode)
    {
        if (char.IsAsciiLetterOrDigit((char)c))
        {
            return false;
        }

        if (mode is Encoding.Host or Encoding.Zone && c is (byte)'!' or (byte)'$' or (byte)'&' or (byte)'\'' or (byte)'(' or (byte)')' or (byte)'*'
            or (byte)'+' or (byte)',' or (byte)';' or (byte)'=' or (byte)':' or (byte)'[' or (byte)']' or (byte)'<' or (byte)'>' or (byte)'"')
        {
            return false;
        }

        switch (c)
        {
            case (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~':
                return false;
            case (byte)'$' or (byte)'&' or (byte)'+' or (byte)',' or (byte)'/' or (byte)':' or (byte)';' or (byte)'=' or (byte)'?' or (byte)'@':
                switch (mode)
                {
                    case Encoding.Path:
                        return c == '?';
                    case Encoding.PathSegment:
                        return c is (byte)'/' or (byte)';' or (byte)',' or (byte)'?';
                    case Encoding.UserPassword:
                        return c is (byte)'@' or (byte)'/' or (byte)'?' or (byte)':';
                    case Encoding.QueryComponent:
                        return true;
                    case Encoding.Fragment:
                        return false;
                }

                break;
        }

        if (mode == Encoding.Fragment && c is (byte)'!' or (byte)'(' or (byte)')' or (byte)'*')
        {
            return false;
        }

        return true;
    }

    private static string Escape(string s, Encoding mode)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(s);
        var buf = new StringBuilder(bytes.Length);
        foreach (byte c in bytes)
        {
            if (c == ' ' && mode == Encoding.QueryComponent)
            {
                buf.Append('+');
            }
            else if (ShouldEscape(c, mode))
            {
                buf.Append('%').Append("0123456789ABCDEF"[c >> 4]).Append("0123456789ABCDEF"[c & 15]);
            }
            else
            {
                buf.Append((char)c);
            }
        }

        // Non-ASCII bytes were escaped; everything left is ASCII.
        return buf.ToString();
    }

    private static bool TryUnescape(string s, Encoding mode, out string result)
    {
        try
        {
            result = Unescape(s, mode);
            return true;
        }
        catch (FormatException)
        {
            result = string.Empty;
            return false;
        }
    }

    private static string Unescape(string text, Encoding mode)
    {
        var s = System.Text.Encoding.UTF8.GetBytes(text);
        int n = 0;
        bool hasPlus = false;
        for (int i = 0; i < s.Length;)
        {
            switch (s[i])
            {
                case (byte)'%':
                    n++;
                    if (i + 2 >= s.Length || !IsHex(s[i + 1]) || !IsHex(s[i + 2]))
                    {
                        int end = Math.Min(s.Length, i + 3);
                        throw new FormatException("invalid URL escape " + Quote(System.Text.Encoding.UTF8.GetString(s, i, end - i)));
                    }

                    if (mode == Encoding.Host && Unhex(s[i + 1]) < 8 && !(s[i + 1] == '2' && s[i + 2] == '5'))
                    {
                        throw new FormatException("invalid URL escape " + Quote(System.Text.Encoding.UTF8.GetString(s, i, 3)));
                    }

                    if (mode == Encoding.Zone)
                    {
                        byte v = (byte)(Unhex(s[i + 1]) << 4 | Unhex(s[i + 2]));
                        if (!(s[i + 1] == '2' && s[i + 2] == '5') && v != ' ' && ShouldEscape(v, Encoding.Host))
                        {
                            throw new FormatException("invalid URL escape " + Quote(System.Text.Encoding.UTF8.GetString(s, i, 3)));
                        }
                    }

                    i += 3;
                    break;
                case (byte)'+':
                    hasPlus = mode == Encoding.QueryComponent;
                    i++;
                    break;
                default:
                    if (mode is Encoding.Host or Encoding.Zone && s[i] < 0x80 && ShouldEscape(s[i], mode))
                    {
                        throw new FormatException("invalid character " + Quote(((char)s[i]).ToString()) + " in host name");
                    }

                    i++;
                    break;
            }
        }

        if (n == 0 && !hasPlus)
        {
            return text;
        }

        var t = new List<byte>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            switch (s[i])
            {
                case (byte)'%':
                    t.Add((byte)(Unhex(s[i + 1]) << 4 | Unhex(s[i + 2])));
                    i += 2;
                    break;
                case (byte)'+':
                    t.Add(mode == Encoding.QueryComponent ? (byte)' ' : (byte)'+');
                    break;
                default:
                    t.Add(s[i]);
                    break;
            }
        }

        return System.Text.Encoding.UTF8.GetString([.. t]);
    }

    private static bool IsHex(byte c) => char.IsAsciiHexDigit((char)c);

    private static int Unhex(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        _ => c - 'A' + 10,
    };

    // strconv.Quote for the texts url errors show: printable text kept, control characters escaped.
    internal static string Quote(string s)
    {
        var b = new StringBuilder(s.Length + 2).Append('"');
        foreach (var rune in s.EnumerateRunes())
        {
            int c = rune.Value;
            switch (c)
            {
                case '"':
                    b.Append("\\\"");
                    break;
                case '\\':
                    b.Append("\\\\");
                    break;
                case '\a':
                    b.Append("\\a");
                    break;
                case '\b':
                    b.Append("\\b");
                    break;
                case '\f':
                    b.Append("\\f");
                    break;
                case '\n':
                    b.Append("\\n");
                    break;
                case '\r':
                    b.Append("\\r");
                    break;
                case '\t':
                    b.Append("\\t");
                    break;
                case '\v':
                    b.Append("\\v");
                    break;
                default:
                    if (c < ' ' || c == 0x7f)
                    {
                        b.Append("\\x").Append(c.ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned
                        or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                    {
                        b.Append(c < 0x10000 ? "\\u" + c.ToString("x4", CultureInfo.InvariantCulture) : "\\U" + c.ToString("x8", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        b.Append(rune.ToString());
                    }

                    break;
            }
        }

        return b.Append('"').ToString();
    }
}
