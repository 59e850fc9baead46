using System.Net;
using System.Net.Sockets;
using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// Sprig network and URL functions: getHostByName (system resolver, a random address, Go's panic when
/// there is none), urlParse (net/url.Parse into sprig's dict), urlJoin (a dict back into URL.String()).
/// </summary>
internal static class SprigNetworkFunctions
{
    public static void Register(FunctionTable.Builder table)
    {
        table.Add("getHostByName", GoSignature.Of(GoType.String), (ctx, args) => GetHostByName(ctx, (string)args[0]!));
        table.Add("urlParse", GoSignature.Of(GoType.String), args => UrlParse((string)args[0]!));
        table.Add("urlJoin", GoSignature.Of(GoType.MapOfInterface), args => UrlJoin((GoMap)args[0]!));
    }

    public static string GetHostByName(FunctionContext context, string name)
    {
        string[] addresses;
        try
        {
            addresses = name.Length == 0 ? [] : [.. Dns.GetHostAddresses(name).Select(FormatAddress).Distinct()];
        }
        catch (Exception e) when (e is SocketException or ArgumentException)
        {
            addresses = [];
        }

        if (addresses.Length == 0)
        {
            throw new GoFailure("invalid argument to Intn");
        }

        return addresses[SprigRandomSource.NextInt(context, addresses.Length)];
    }

    /// <summary>sprig urlParse: scheme, host, hostname, path, query, opaque, fragment, userinfo; panics on a bad URL.</summary>
    public static GoMap UrlParse(string value)
    {
        SprigNetworkUrl url;
        try
        {
            url = SprigNetworkUrl.Parse(value);
        }
        catch (FormatException e)
        {
            throw new GoFailure("unable to parse url: " + e.Message, e);
        }

        var dict = new GoMap();
        dict["scheme"] = url.Scheme;
        dict["host"] = url.Host;
        dict["hostname"] = url.Hostname();
        dict["path"] = url.Path;
        dict["query"] = url.RawQuery;
        dict["opaque"] = url.Opaque;
        dict["fragment"] = url.Fragment;
        dict["userinfo"] = url.UserString();
        return dict;
    }

    /// <summary>sprig urlJoin: each key must be a string when present.</summary>
    public static string UrlJoin(GoMap d)
    {
        var url = new SprigNetworkUrl
        {
            Scheme = GetOrEmpty(d, "scheme"),
            Host = GetOrEmpty(d, "host"),
            Path = GetOrEmpty(d, "path"),
            RawQuery = GetOrEmpty(d, "query"),
            Opaque = GetOrEmpty(d, "opaque"),
            Fragment = GetOrEmpty(d, "fragment"),
        };
        var userinfo = GetOrEmpty(d, "userinfo");
        if (userinfo.Length > 0)
        {
            try
            {
                url.User = SprigNetworkUrl.Parse("proto://" + userinfo + "@host").User;
            }
            catch (FormatException e)
            {
                throw new GoFailure("unable to parse userinfo in dict: " + e.Message, e);
            }
        }

        return url.ToString();
    }

    // sprig dictGetOrEmpty.
    private static string GetOrEmpty(GoMap d, string key)
    {
        if (!d.TryGetValue(key, out var value))
        {
            return string.Empty;
        }

        if (value is null)
        {
            throw new GoFailure("runtime error: invalid memory address or nil pointer dereference");
        }

        if (value is string s)
        {
            return s;
        }

        var kind = GoValue.KindOf(value);
        throw new GoFailure("unable to parse " + key + " key, must be of type string, but " + GoValue.KindName(kind) + " found");
    }

    private static string FormatAddress(IPAddress address) =>
        address.AddressFamily == AddressFamily.InterNetworkV6 && address.IsIPv4MappedToIPv6
            ? address.MapToIPv4().ToString()
            : address.ToString();
}
