using System.Text;

namespace Bosun.Secrets.Sops.Stores;

/// <summary>Any file as one <c>data</c> string value, stored encrypted in a JSON envelope.</summary>
public sealed class BinaryStore : ISopsStore
{
    private readonly JsonStore _json = new();

    public string Name => "binary";

    public List<SopsBranch> LoadPlain(byte[] data, string path) =>
        [[new SopsItem("data", System.Text.Unicode.Utf8.IsValid(data) ? Encoding.UTF8.GetString(data) : data)]];

    public SopsTree LoadEncrypted(byte[] data, string path) => _json.LoadEncrypted(data, path);

    public byte[] EmitPlain(List<SopsBranch> branches)
    {
        if (branches.Count != 1)
        {
            throw new SopsFormatException("error emitting binary store: there must be exactly one tree branch");
        }

        return branches[0].Find("data")?.Value switch
        {
            string s => Encoding.UTF8.GetBytes(s),
            byte[] b => b,
            null when branches[0].Find("data") is null => throw new SopsFormatException("error emitting binary store: no binary data found in tree"),
            _ => throw new SopsFormatException("error emitting binary store: 'data' key in tree does not have a string value"),
        };
    }

    public byte[] EmitEncrypted(SopsTree tree) => _json.EmitEncrypted(tree);
}
