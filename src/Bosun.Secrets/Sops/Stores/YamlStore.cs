using System.Text;
using Bosun.Core.Text;

namespace Bosun.Secrets.Sops.Stores;

/// <summary>YAML as sops 3.13 reads and writes it (go.yaml.in/yaml/v3, indent 4 by default, every document gets a <c>sops</c> key).</summary>
public sealed class YamlStore : ISopsStore
{
    private readonly int _indent;

    public YamlStore(int indent = 4)
    {
        if (indent < 0)
        {
            throw new SopsFormatException("YAML Negative indentation not accepted");
        }

        _indent = indent == 0 ? 4 : indent;
    }

    public string Name => "yaml";

    public List<SopsBranch> LoadPlain(byte[] data, string path) =>
        data.Length == 0 ? [] : YamlTreeReader.Read(new SourceFile(path, Encoding.UTF8.GetString(data)));

    public SopsTree LoadEncrypted(byte[] data, string path) => SopsStores.ExtractNested(LoadPlain(data, path));

    public byte[] EmitPlain(List<SopsBranch> branches) => Encoding.UTF8.GetBytes(new YamlV3Writer(_indent).Write(branches));

    public byte[] EmitEncrypted(SopsTree tree)
    {
        var branches = SopsStores.WithNestedMetadata(tree);
        return EmitPlain(branches);
    }
}
