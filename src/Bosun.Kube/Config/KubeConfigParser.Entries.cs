using Bosun.Core.Text;
using Bosun.Core.Yaml;

namespace Bosun.Kube.Config;

/// <summary>The cluster, user and context bodies.</summary>
public static partial class KubeConfigParser
{
    private sealed partial class Reader
    {
        public KubeCluster Cluster(string name, YamlMappingNode? body, SourceLocation? location)
        {
            var cluster = new KubeCluster(name) { Origin = Origin, Location = location };
            foreach (var entry in body?.Entries ?? [])
            {
                string key = Key(entry);
                string what = $"clusters[\"{name}\"].cluster.{key}";
                cluster = key switch
                {
                    "server" => cluster with { Server = String(entry.Value, what) },
                    "certificate-authority" => cluster with { CertificateAuthority = FilePath(entry.Value, what) },
                    "certificate-authority-data" => cluster with { CertificateAuthorityData = Base64(entry.Value, what) },
                    "insecure-skip-tls-verify" => cluster with { InsecureSkipTlsVerify = Bool(entry.Value, what) },
                    "tls-server-name" => cluster with { TlsServerName = String(entry.Value, what) },
                    "proxy-url" => cluster with { ProxyUrl = String(entry.Value, what) },
                    _ => cluster,
                };
            }

            return cluster;
        }

        public KubeUser User(string name, YamlMappingNode? body, SourceLocation? location)
        {
            var user = new KubeUser(name) { Origin = Origin, Location = location };
            foreach (var entry in body?.Entries ?? [])
            {
                string key = Key(entry);
                string what = $"users[\"{name}\"].user.{key}";
                user = key switch
                {
                    "client-certificate" => user with { ClientCertificate = FilePath(entry.Value, what) },
                    "client-certificate-data" => user with { ClientCertificateData = Base64(entry.Value, what) },
                    "client-key" => user with { ClientKey = FilePath(entry.Value, what) },
                    "client-key-data" => user with { ClientKeyData = Base64(entry.Value, what) },
                    "token" => user with { Token = String(entry.Value, what) },
                    "tokenFile" => user with { TokenFile = FilePath(entry.Value, what) },
                    "username" => user with { Username = String(entry.Value, what) },
                    "password" => user with { Password = String(entry.Value, what) },
                    "exec" when !IsNull(entry.Value) => user with { Exec = Exec(Mapping(entry.Value, what), what) },
                    "auth-provider" when !IsNull(entry.Value) => user with { AuthProvider = AuthProviderName(Mapping(entry.Value, what), what) },
                    _ => user,
                };
            }

            return user;
        }

        public KubeContext Context(string name, YamlMappingNode? body, SourceLocation? location)
        {
            var context = new KubeContext(name) { Origin = Origin, Location = location };
            foreach (var entry in body?.Entries ?? [])
            {
                string key = Key(entry);
                string what = $"contexts[\"{name}\"].context.{key}";
                context = key switch
                {
                    "cluster" => context with { Cluster = String(entry.Value, what) },
                    "user" => context with { User = String(entry.Value, what) },
                    "namespace" => context with { Namespace = String(entry.Value, what) },
                    _ => context,
                };
            }

            return context;
        }

        private ExecConfig Exec(YamlMappingNode body, string what)
        {
            var exec = new ExecConfig(string.Empty);
            foreach (var entry in body.Entries)
            {
                string key = Key(entry);
                string field = what + "." + key;
                exec = key switch
                {
                    "command" => exec with { Command = String(entry.Value, field) ?? string.Empty },
                    "args" => exec with { Args = StringList(entry.Value, field) },
                    "env" => exec with { Env = EnvList(entry.Value, field) },
                    "apiVersion" => exec with { ApiVersion = String(entry.Value, field) ?? string.Empty },
                    "installHint" => exec with { InstallHint = String(entry.Value, field) },
                    "provideClusterInfo" => exec with { ProvideClusterInfo = Bool(entry.Value, field) },
                    "interactiveMode" => exec with { InteractiveMode = String(entry.Value, field) ?? string.Empty },
                    _ => exec,
                };
            }

            // clientcmd resolves the command against the kubeconfig's folder only when it contains a separator.
            if (exec.Command.Contains('/', StringComparison.Ordinal) || exec.Command.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                exec = exec with { Command = Resolve(exec.Command) };
            }

            return exec;
        }

        private List<KeyValuePair<string, string>> EnvList(YamlNode node, string what)
        {
            var list = new List<KeyValuePair<string, string>>();
            if (IsNull(node))
            {
                return list;
            }

            if (node is not YamlSequenceNode sequence)
            {
                throw Error(node.Location, $"{what}: expected a list, got a {(node is YamlMappingNode ? "mapping" : "scalar")}");
            }

            for (int i = 0; i < sequence.Items.Count; i++)
            {
                var item = Mapping(sequence.Items[i], $"{what}[{i}]");
                string name = string.Empty;
                string value = string.Empty;
                foreach (var entry in item.Entries)
                {
                    switch (Key(entry))
                    {
                        case "name":
                            name = String(entry.Value, $"{what}[{i}].name") ?? string.Empty;
                            break;
                        case "value":
                            value = String(entry.Value, $"{what}[{i}].value") ?? string.Empty;
                            break;
                    }
                }

                list.Add(new KeyValuePair<string, string>(name, value));
            }

            return list;
        }

        private string AuthProviderName(YamlMappingNode body, string what)
        {
            foreach (var entry in body.Entries)
            {
                if (Key(entry) == "name")
                {
                    return String(entry.Value, what + ".name") ?? string.Empty;
                }
            }

            return string.Empty;
        }
    }
}
