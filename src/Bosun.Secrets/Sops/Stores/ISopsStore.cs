namespace Bosun.Secrets.Sops.Stores;

/// <summary>One file format sops can encrypt: YAML, JSON, dotenv, INI or binary.</summary>
public interface ISopsStore
{
    /// <summary><c>yaml</c>, <c>json</c>, <c>dotenv</c>, <c>ini</c> or <c>binary</c>.</summary>
    string Name { get; }

    /// <summary>Reads a plaintext file; throws <see cref="SopsFormatException"/> with a position.</summary>
    List<SopsBranch> LoadPlain(byte[] data, string path);

    /// <summary>Reads an encrypted file and takes its metadata out of the branches.</summary>
    SopsTree LoadEncrypted(byte[] data, string path);

    /// <summary>Writes branches (no metadata) in this format, as sops 3.13 does.</summary>
    byte[] EmitPlain(List<SopsBranch> branches);

    /// <summary>Writes branches with the metadata embedded.</summary>
    byte[] EmitEncrypted(SopsTree tree);
}
