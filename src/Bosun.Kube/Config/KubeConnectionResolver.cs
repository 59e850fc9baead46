using System.Text.RegularExpressions;
using Bosun.Kube.Diagnostics;

namespace Bosun.Kube.Config;

/// <summary>
/// Turns a merged kubeconfig and overrides into a <see cref="KubeConnection"/>, with clientcmd's validation rules and
/// messages (context, cluster and user must exist; one auth method; cert and key together; namespace is a DNS label).
/// Referenced files are read here, so a missing CA or key is reported with its path.
/// </summary>
public static partial class KubeConnectionResolver
{
    public static KubeConnection Resolve(KubeConfig config, KubeConfigOverrides? overrides = null)
    {
        overrides ??= new KubeConfigOverrides();
        string? contextName = overrides.Context is { Length: > 0 } c ? c : config.CurrentContext;
        if (string.IsNullOrEmpty(contextName))
        {
            throw KubeErrors.ConfigurationInvalid.Create("no context chosen (current-context is not set)")
                .WithHint("pass a context name or run `kubectl config use-context NAME`").ToException();
        }

        if (!config.Contexts.TryGetValue(contextName, out var context))
        {
            throw KubeErrors.ContextNotFound.Create(contextName).ToException();
        }

        string? clusterName = overrides.Cluster is { Length: > 0 } oc ? oc : context.Cluster;
        string? userName = overrides.User is { Length: > 0 } ou ? ou : context.User;
        var errors = new List<string>();
        if (string.IsNullOrEmpty(userName))
        {
            errors.Add($"user was not specified for context \"{contextName}\"");
        }
        else if (!config.Users.ContainsKey(userName))
        {
            errors.Add($"user \"{userName}\" was not found for context \"{contextName}\"");
        }

        if (string.IsNullOrEmpty(clusterName))
        {
            errors.Add($"cluster was not specified for context \"{contextName}\"");
        }
        else if (!config.Clusters.ContainsKey(clusterName))
        {
            errors.Add($"cluster \"{clusterName}\" was not found for context \"{contextName}\"");
        }

        string ns = overrides.Namespace is { Length: > 0 } on ? on : context.Namespace is { Length: > 0 } cn ? cn : "default";
        if (!DnsLabel().IsMatch(ns))
        {
            errors.Add($"namespace \"{ns}\" for context \"{contextName}\" does not conform to the kubernetes DNS_LABEL rules");
        }

        var cluster = clusterName is not null && config.Clusters.TryGetValue(clusterName, out var foundCluster) ? foundCluster : null;
        var user = userName is not null && config.Users.TryGetValue(userName, out var foundUser) ? foundUser : null;
        if (cluster is not null)
        {
            ValidateCluster(cluster, errors);
        }

        if (user is not null)
        {
            ValidateUser(user, errors);
        }

        if (errors.Count > 0 || cluster is null || user is null)
        {
            throw Invalid(errors, context.Origin);
        }

        var connection = new KubeConnection(ServerUri(cluster, user))
        {
            Namespace = ns,
            ContextName = contextName,
            ClusterName = clusterName,
            AuthInfoName = userName,
            InsecureSkipTlsVerify = cluster.InsecureSkipTlsVerify,
            TlsServerName = string.IsNullOrEmpty(cluster.TlsServerName) ? null : cluster.TlsServerName,
            ProxyUrl = string.IsNullOrEmpty(cluster.ProxyUrl) ? null : new Uri(cluster.ProxyUrl),
            CaPem = cluster.CertificateAuthorityData ?? ReadFile(cluster.CertificateAuthority, "certificate-authority", clusterName),
            ClientCertificatePem = user.ClientCertificateData ?? ReadFile(user.ClientCertificate, "client-certificate", userName),
            ClientKeyPem = user.ClientKeyData ?? ReadFile(user.ClientKey, "client-key", userName),
            BearerToken = user.Token is { Length: > 0 } token ? token : ReadToken(user.TokenFile, userName),
            BearerTokenFile = user.Token is { Length: > 0 } ? null : user.TokenFile,
            Username = user.Username,
            Password = user.Password,
            Exec = user.Exec,
            Source = string.Join(", ", config.Files),
        };
        return connection;
    }

    private static void ValidateCluster(KubeCluster cluster, List<string> errors)
    {
        if (string.IsNullOrEmpty(cluster.Server))
        {
            errors.Add($"no server found for cluster \"{cluster.Name}\"");
        }
        else if (!Uri.TryCreate(WithScheme(cluster.Server, true), UriKind.Absolute, out _))
        {
            errors.Add($"invalid server \"{cluster.Server}\" for cluster \"{cluster.Name}\"");
        }

        if (cluster.ProxyUrl is { Length: > 0 } proxy
            && (!Uri.TryCreate(proxy, UriKind.Absolute, out var proxyUri) || proxyUri.Scheme is not ("http" or "https" or "socks5")))
        {
            errors.Add($"invalid 'proxy-url' \"{proxy}\" for cluster \"{cluster.Name}\": unsupported scheme or malformed URL");
        }

        if (cluster.CertificateAuthorityData is { Length: > 0 } && !string.IsNullOrEmpty(cluster.CertificateAuthority))
        {
            errors.Add($"certificate-authority-data and certificate-authority are both specified for {cluster.Name}. certificate-authority-data will override.");
        }

        if (cluster.InsecureSkipTlsVerify && (cluster.CertificateAuthorityData is { Length: > 0 } || !string.IsNullOrEmpty(cluster.CertificateAuthority)))
        {
            errors.Add("specifying a root certificates file with the insecure flag is not allowed");
        }
    }

    private static void ValidateUser(KubeUser user, List<string> errors)
    {
        var methods = new List<string>();
        if (!string.IsNullOrEmpty(user.Token) || !string.IsNullOrEmpty(user.TokenFile))
        {
            methods.Add("token");
        }

        if (!string.IsNullOrEmpty(user.Username) || !string.IsNullOrEmpty(user.Password))
        {
            methods.Add("basicAuth");
        }

        bool hasCert = user.ClientCertificateData is { Length: > 0 } || !string.IsNullOrEmpty(user.ClientCertificate);
        bool hasKey = user.ClientKeyData is { Length: > 0 } || !string.IsNullOrEmpty(user.ClientKey);
        if (hasCert || hasKey)
        {
            if (user.ClientCertificateData is { Length: > 0 } && !string.IsNullOrEmpty(user.ClientCertificate))
            {
                errors.Add($"client-cert-data and client-cert are both specified for {user.Name}. client-cert-data will override.");
            }

            if (user.ClientKeyData is { Length: > 0 } && !string.IsNullOrEmpty(user.ClientKey))
            {
                errors.Add($"client-key-data and client-key are both specified for {user.Name}; client-key-data will override");
            }

            if (!hasKey)
            {
                errors.Add($"client-key-data or client-key must be specified for {user.Name} to use the clientCert authentication method.");
            }
        }

        if (user.Exec is { } exec)
        {
            if (user.AuthProvider is not null)
            {
                errors.Add($"authProvider cannot be provided in combination with an exec plugin for {user.Name}");
            }

            if (exec.Command.Length == 0)
            {
                errors.Add($"command must be specified for {user.Name} to use exec authentication plugin");
            }

            if (exec.ApiVersion.Length == 0)
            {
                errors.Add($"apiVersion must be specified for {user.Name} to use exec authentication plugin");
            }

            if (exec.ApiVersion == "client.authentication.k8s.io/v1" && exec.InteractiveMode.Length == 0)
            {
                errors.Add($"interactiveMode must be specified for {user.Name} to use exec authentication plugin");
            }

            if (exec.Env.Any(e => e.Key.Length == 0))
            {
                errors.Add($"env variable name must be specified for {user.Name} to use exec authentication plugin");
            }

            if (exec.InteractiveMode is not ("" or "Never" or "IfAvailable" or "Always"))
            {
                errors.Add($"invalid interactiveMode for {user.Name}: \"{exec.InteractiveMode}\"");
            }
        }
        else if (user.AuthProvider is not null)
        {
            errors.Add($"auth-provider \"{user.AuthProvider}\" for {user.Name} is not supported; use an exec credential plugin");
        }

        if (methods.Count > 1)
        {
            errors.Add($"more than one authentication method found for {user.Name}; found [{string.Join(" ", methods)}], only one is allowed");
        }
    }

    private static Core.Diagnostics.BosunException Invalid(List<string> errors, string origin)
    {
        string message = errors.Count == 1 ? errors[0] : "[" + string.Join(", ", errors) + "]";
        var diagnostic = KubeErrors.ConfigurationInvalid.Create(message);
        return (origin.Length > 0 ? diagnostic with { Subject = origin } : diagnostic).ToException();
    }

    private static Uri ServerUri(KubeCluster cluster, KubeUser user)
    {
        bool tls = cluster.CertificateAuthorityData is { Length: > 0 } || !string.IsNullOrEmpty(cluster.CertificateAuthority)
            || user.ClientCertificateData is { Length: > 0 } || !string.IsNullOrEmpty(user.ClientCertificate) || cluster.InsecureSkipTlsVerify;
        return new Uri(WithScheme(cluster.Server ?? string.Empty, tls));
    }

    private static string WithScheme(string server, bool tls) =>
        server.Contains("://", StringComparison.Ordinal) ? server : (tls ? "https://" : "http://") + server;

    private static byte[]? ReadFile(string? path, string what, string? owner)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw KubeErrors.CredentialFileUnreadable.Create(what, path, owner, ShortReason(e)).ToException();
        }
    }

    private static string? ReadToken(string? path, string? owner) =>
        ReadFile(path, "tokenFile", owner) is { } bytes ? System.Text.Encoding.UTF8.GetString(bytes).Trim() : null;

    internal static string ShortReason(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file or directory",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")]
    private static partial Regex DnsLabel();
}
