using Bosun.Core.Diagnostics;
using Bosun.Core.Text;
using Bosun.Core.Yaml;
using Bosun.Kube.Diagnostics;

namespace Bosun.Kube.Config;

/// <summary>Typed reads of kubeconfig YAML nodes with positioned errors.</summary>
public static partial class KubeConfigParser
{
    private sealed partial class Reader(SourceFile file, string baseDirectory)
    {
        public BosunException Error(SourceLocation? location, string message) =>
            KubeErrors.KubeconfigInvalid.At(location, file.Path, message).ToException();

        public bool IsNull(YamlNode node) =>
            Deref(node) is YamlScalarNode { IsPlainImplicit: true } s && s.Tag is null && GoYaml.DescribePlainScalar(s.Value) == "null";

        public YamlMappingNode Mapping(YamlNode node, string what) =>
            Deref(node) as YamlMappingNode ?? throw Error(node.Location, $"{what}: expected a mapping, got {Describe(node)}");

        public string Key(YamlMappingEntry entry) =>
            Deref(entry.Key) is YamlScalarNode s ? s.Value : throw Error(entry.Key.Location, "mapping keys must be strings");

        public string? String(YamlNode node, string what)
        {
            node = Deref(node);
            if (IsNull(node))
            {
                return null;
            }

            if (node is YamlScalarNode scalar && (!scalar.IsPlainImplicit || scalar.Tag is not null || Classify(scalar.Value) == "a string"))
            {
                return scalar.Value;
            }

            throw Error(node.Location, $"{what}: expected a string, got {Describe(node)}");
        }

        public bool Bool(YamlNode node, string what)
        {
            node = Deref(node);
            if (IsNull(node))
            {
                return false;
            }

            if (node is YamlScalarNode { IsPlainImplicit: true, Tag: null } scalar && GoYaml.PlainScalarBool(scalar.Value) is { } value)
            {
                return value;
            }

            throw Error(node.Location, $"{what}: expected a boolean, got {Describe(node)}");
        }

        public byte[]? Base64(YamlNode node, string what)
        {
            string? text = String(node, what);
            if (text is null)
            {
                return null;
            }

            try
            {
                return Convert.FromBase64String(text);
            }
            catch (FormatException)
            {
                throw Error(Deref(node).Location, $"{what}: illegal base64 data");
            }
        }

        public List<string> StringList(YamlNode node, string what)
        {
            var list = new List<string>();
            node = Deref(node);
            if (IsNull(node))
            {
                return list;
            }

            if (node is not YamlSequenceNode sequence)
            {
                throw Error(node.Location, $"{what}: expected a list, got {Describe(node)}");
            }

            for (int i = 0; i < sequence.Items.Count; i++)
            {
                list.Add(String(sequence.Items[i], $"{what}[{i}]") ?? string.Empty);
            }

            return list;
        }

        /// <summary>The <c>- name: x; &lt;field&gt;: {…}</c> entries of clusters, users or contexts.</summary>
        public IEnumerable<(string Name, YamlMappingNode? Body, SourceLocation? Location)> NamedList(YamlNode node, string list, string field)
        {
            node = Deref(node);
            if (IsNull(node))
            {
                yield break;
            }

            if (node is not YamlSequenceNode sequence)
            {
                throw Error(node.Location, $"{list}: expected a list, got {Describe(node)}");
            }

            for (int i = 0; i < sequence.Items.Count; i++)
            {
                var item = Mapping(sequence.Items[i], $"{list}[{i}]");
                string? name = null;
                YamlMappingNode? body = null;
                foreach (var entry in item.Entries)
                {
                    string key = Key(entry);
                    if (key == "name")
                    {
                        name = String(entry.Value, $"{list}[{i}].name");
                    }
                    else if (key == field && !IsNull(entry.Value))
                    {
                        body = Mapping(entry.Value, $"{list}[{i}].{field}");
                    }
                }

                yield return (name ?? string.Empty, body, item.Location);
            }
        }

        public string? FilePath(YamlNode node, string what) =>
            String(node, what) is { Length: > 0 } path ? Resolve(path) : null;

        public string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(baseDirectory, path));

        public string Origin => file.Path;

        private static YamlNode Deref(YamlNode node) => node is YamlAliasNode { Target: { } target } ? target : node;

        private static string Describe(YamlNode node) => Deref(node) switch
        {
            YamlMappingNode => "a mapping",
            YamlSequenceNode => "a list",
            YamlScalarNode { IsPlainImplicit: true, Tag: null } s => Classify(s.Value),
            _ => "a string",
        };

        private static string Classify(string plain) => GoYaml.DescribePlainScalar(plain);
    }
}
