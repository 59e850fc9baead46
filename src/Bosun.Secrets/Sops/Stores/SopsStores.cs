namespace Bosun.Secrets.Sops.Stores;

/// <summary>Picks a store by format name or file extension, as sops does.</summary>
public static class SopsStores
{
    /// <summary>A store for a format name (<c>yaml</c>, <c>json</c>, <c>dotenv</c>, <c>ini</c>, <c>binary</c>); null if unknown.</summary>
    public static ISopsStore? ForName(string name, int yamlIndent = 4) => name switch
    {
        "yaml" => new YamlStore(yamlIndent),
        "json" => new JsonStore(),
        "dotenv" => new DotenvStore(),
        "ini" => new IniStore(),
        "binary" => new BinaryStore(),
        _ => null,
    };

    /// <summary>sops' format from the file name: .yaml/.yml, .json, .env, .ini, otherwise binary.</summary>
    public static string FormatForPath(string path)
    {
        string ext = Path.GetExtension(path).ToLowerInvariant();
        return ext switch
        {
            ".yaml" or ".yml" => "yaml",
            ".json" => "json",
            ".env" => "dotenv",
            ".ini" => "ini",
            _ => "binary",
        };
    }

    /// <summary>Removes the <c>sops</c> entry from every branch and returns it from the first (sops' ExtractMetadata).</summary>
    internal static SopsTree ExtractNested(List<SopsBranch> branches)
    {
        SopsBranch? metadata = null;
        for (int b = 0; b < branches.Count; b++)
        {
            var found = branches[b].Where(i => i.Key is string k && k == "sops").ToList();
            if (b == 0)
            {
                if (found.Count > 1)
                {
                    throw new SopsFormatException("Found duplicate sops entry", found[1].Location);
                }

                if (found.Count == 1)
                {
                    metadata = found[0].Value as SopsBranch ?? throw new SopsFormatException("Found sops entry that is not a mapping", found[0].Location);
                }
            }

            branches[b].RemoveAll(found.Contains);
        }

        return new SopsTree(branches, SopsMetadataCodec.Read(metadata ?? throw new SopsFormatException("sops metadata not found")));
    }

    /// <summary>Appends the metadata entry to every branch (sops' SerializeMetadata, unflattened).</summary>
    internal static List<SopsBranch> WithNestedMetadata(SopsTree tree)
    {
        var md = SopsMetadataCodec.Write(tree.Metadata);
        var result = new List<SopsBranch>();
        foreach (var branch in tree.Branches)
        {
            if (branch.Find("sops") is { } clash)
            {
                throw new SopsFormatException("Found key \"sops\" in encrypted data, which is a reserved key used for SOPS metadata", clash.Location);
            }

            result.Add([.. branch, new SopsItem("sops", md)]);
        }

        return result;
    }
}
