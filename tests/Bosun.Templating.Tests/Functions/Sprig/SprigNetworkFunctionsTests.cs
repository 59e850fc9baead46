using Bosun.Core.Values;

namespace Bosun.Templating.Tests.Functions.Sprig;

// Expected values taken from helm v4.1.4 (sprig v3.3.0 on Go 1.25 net/url).
public sealed class SprigNetworkFunctionsTests
{
    private readonly SprigFunctionInvoker _sprig = new();

    [Theory]
    [InlineData("https://user:p%40ss@example.com:8443/a%20b/c?x=1&y=2#frag%20ment", "https", "example.com:8443", "example.com", "/a b/c", "x=1&y=2", "", "frag ment", "user:p%40ss")]
    [InlineData("http://[::1]:80/x", "http", "[::1]:80", "::1", "/x", "", "", "", "")]
    [InlineData("http://[fe80::1%25en0]:8080/", "http", "[fe80::1%en0]:8080", "fe80::1%en0", "/", "", "", "", "")]
    [InlineData("mailto:joe@example.com", "mailto", "", "", "", "", "joe@example.com", "", "")]
    [InlineData("/relative/path?q", "", "", "", "/relative/path", "q", "", "", "")]
    [InlineData("relative", "", "", "", "relative", "", "", "", "")]
    [InlineData("//host/path", "", "host", "host", "/path", "", "", "", "")]
    [InlineData("HTTP://Example.COM", "http", "Example.COM", "Example.COM", "", "", "", "", "")]
    [InlineData("http://host/%2Fencoded", "http", "host", "host", "//encoded", "", "", "", "")]
    [InlineData("http://a@b@c/", "http", "c", "c", "/", "", "", "", "a%40b")]
    [InlineData("http://user@host", "http", "host", "host", "", "", "", "", "user")]
    [InlineData("http://h/p?", "http", "h", "h", "/p", "", "", "", "")]
    [InlineData("http://h/p#", "http", "h", "h", "/p", "", "", "", "")]
    [InlineData("*", "", "", "", "*", "", "", "", "")]
    [InlineData("", "", "", "", "", "", "", "", "")]
    [InlineData("file:///etc/hosts", "file", "", "", "/etc/hosts", "", "", "", "")]
    [InlineData("http://\u4F8B\u3048.jp/\u30D1\u30B9", "http", "\u4F8B\u3048.jp", "\u4F8B\u3048.jp", "/\u30D1\u30B9", "", "", "", "")]
    [InlineData("a:b/c", "a", "", "", "", "", "b/c", "", "")]
    [InlineData("http://h/?a=%zz", "http", "h", "h", "/", "a=%zz", "", "", "")]
    [InlineData("http://h/p;a?q#f!(*)'", "http", "h", "h", "/p;a", "q", "", "f!(*)'", "")]
    [InlineData("http://h:/", "http", "h:", "h", "/", "", "", "", "")]
    public void UrlParse_Url_BuildsSprigDict(string url, string scheme, string host, string hostname, string path, string query, string opaque, string fragment, string userinfo)
    {
        var dict = Assert.IsType<GoMap>(_sprig.Call("urlParse", url));
        Assert.Equal("map[string]interface {}", dict.Type.Name);
        Assert.Equal(["fragment", "host", "hostname", "opaque", "path", "query", "scheme", "userinfo"], dict.SortedKeys());
        Assert.Equal([scheme, host, hostname, path, query, opaque, fragment, userinfo], new[] { "scheme", "host", "hostname", "path", "query", "opaque", "fragment", "userinfo" }.Select(k => dict[k]));
    }

    [Theory]
    [InlineData("git@github.com:org/repo.git", "unable to parse url: parse \"git@github.com:org/repo.git\": first path segment in URL cannot contain colon")]
    [InlineData("http://h:port/", "unable to parse url: parse \"http://h:port/\": invalid port \":port\" after host")]
    [InlineData("http://h:8x/", "unable to parse url: parse \"http://h:8x/\": invalid port \":8x\" after host")]
    [InlineData("http://[::1/", "unable to parse url: parse \"http://[::1/\": missing ']' in host")]
    [InlineData("http://%41/", "unable to parse url: parse \"http://%41/\": invalid URL escape \"%41\"")]
    [InlineData("http://a b/", "unable to parse url: parse \"http://a b/\": invalid character \" \" in host name")]
    [InlineData("http://h/%zz", "unable to parse url: parse \"http://h/%zz\": invalid URL escape \"%zz\"")]
    [InlineData("http://h/#%zz", "unable to parse url: parse \"http://h/#%zz\": invalid URL escape \"%zz\"")]
    [InlineData("http://h/\n", "unable to parse url: parse \"http://h/\\n\": net/url: invalid control character in URL")]
    [InlineData("http://us er@h/", "unable to parse url: parse \"http://us er@h/\": net/url: invalid userinfo")]
    public void UrlParse_BadUrl_PanicsWithGoError(string url, string message) =>
        Assert.Equal(message, _sprig.Fails("urlParse", url));

    [Theory]
    [InlineData("https://u:p%40ss@example.com:8443/a%20b/c?x=1#f%20g", "scheme", "https", "host", "example.com:8443", "path", "/a b/c", "query", "x=1", "fragment", "f g", "userinfo", "u:p@ss")]
    [InlineData("./a:b", "path", "a:b")]
    [InlineData("//h/p", "host", "h", "path", "p")]
    [InlineData("mailto:joe@example.com", "scheme", "mailto", "opaque", "joe@example.com")]
    [InlineData("http://%E4%BE%8B%E3%81%88.jp/%E3%83%91%E3%82%B9", "scheme", "http", "host", "\u4F8B\u3048.jp", "path", "/\u30D1\u30B9")]
    [InlineData("")]
    [InlineData("*", "path", "*")]
    [InlineData("s:", "scheme", "s", "path", "")]
    [InlineData("//h#a%23b?c", "host", "h", "fragment", "a#b?c")]
    [InlineData("http://user@h", "scheme", "http", "host", "h", "userinfo", "user")]
    public void UrlJoin_Dict_FormatsLikeGoUrl(string expected, params string[] pairs)
    {
        var dict = new GoMap();
        for (int i = 0; i < pairs.Length; i += 2)
        {
            dict[pairs[i]] = pairs[i + 1];
        }

        Assert.Equal(expected, _sprig.Call("urlJoin", dict));
    }

    [Fact]
    public void UrlJoin_BadUserinfo_Panics()
    {
        var dict = new GoMap { ["scheme"] = "http", ["userinfo"] = "a%zz" };
        Assert.Equal("unable to parse userinfo in dict: parse \"proto://a%zz@host\": invalid URL escape \"%zz\"", _sprig.Fails("urlJoin", dict));
    }

    [Theory]
    [InlineData("host", 5L, "unable to parse host key, must be of type string, but int found")]
    [InlineData("scheme", true, "unable to parse scheme key, must be of type string, but bool found")]
    [InlineData("host", null, "runtime error: invalid memory address or nil pointer dereference")]
    public void UrlJoin_NonStringValue_PanicsLikeSprig(string key, object? value, string message) =>
        Assert.Equal(message, _sprig.Fails("urlJoin", new GoMap { [key] = value }));

    [Fact]
    public void UrlJoin_SliceValue_ReportsKind() =>
        Assert.Equal("unable to parse path key, must be of type string, but slice found", _sprig.Fails("urlJoin", new GoMap { ["path"] = new GoList([1L]) }));

    [Fact]
    public void GetHostByName_Localhost_ReturnsLoopbackAddress() =>
        Assert.Contains(_sprig.Call("getHostByName", "localhost"), new object[] { "127.0.0.1", "::1" });

    [Fact]
    public void GetHostByName_Unresolvable_PanicsLikeIntn() =>
        Assert.Equal("invalid argument to Intn", _sprig.Fails("getHostByName", "no-such-host.invalid"));
}
