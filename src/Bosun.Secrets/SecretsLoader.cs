using Bosun.Core.Secrets;
using Bosun.Core.Values;
using Bosun.Secrets.Age;
using Bosun.Secrets.Sops;
using Bosun.Secrets.Sops.Stores;

namespace Bosun.Secrets;

/// <summary>
/// The engine's entry point for encrypted inputs: loads a sops-encrypted values layer or manifest into the
/// value model (<see cref="GoMap"/>/<see cref="GoList"/>, numbers as float64 as sigs.k8s.io/yaml gives them)
/// and reports every decrypted leaf as a <see cref="SecretValue"/> with its dotted path, registering each in
/// the <see cref="Redactor"/> so later output can be masked. Failures are <c>BOSUN4xxx</c> diagnostics.
/// </summary>
public sealed class SecretsLoader
{
    private readonly IReadOnlyList<IAgeIdentity> _identities;

    public SecretsLoader(IReadOnlyList<IAgeIdentity> identities, Redactor redactor)
    {
        _identities = identities;
        Redactor = redactor;
    }

    public Redactor Redactor { get; }

    /// <summary>Decrypts a sops file and returns each document as a Go value with its secret leaves.</summary>
    public IReadOnlyList<SecretDocument> Load(string path, string? format = null)
    {
        string fmt = format ?? SopsStores.FormatForPath(path);
        var store = SopsStores.ForName(fmt) ?? throw new ArgumentException("unknown format " + fmt, nameof(format));
        byte[] data = File.ReadAllBytes(path);
        var decrypted = SecretsDiagnostics.Guard(path, fmt, () => SopsFile.Decrypt(data, path, store, _identities));
        var result = new List<SecretDocument>();
        foreach (var branch in decrypted.Tree.Branches)
        {
            var secrets = new List<(string Path, SecretValue Value)>();
            var value = Convert(branch, string.Empty, decrypted.Tree, [], secrets) as GoMap ?? new GoMap();
            result.Add(new SecretDocument(value, secrets));
        }

        return result;
    }

    private object? Convert(object? node, string dotted, SopsTree tree, List<string> path, List<(string, SecretValue)> secrets)
    {
        switch (node)
        {
            case SopsBranch branch:
            {
                var map = new GoMap();
                foreach (var item in branch)
                {
                    if (item.Key is string key)
                    {
                        map.Entries[key] = Convert(item.Value, dotted.Length == 0 ? key : dotted + "." + key, tree, [.. path, key], secrets);
                    }
                }

                return map;
            }

            case SopsList list:
                return new GoList(list.Where(i => i is not SopsComment).Select(i => Convert(i, dotted, tree, path, secrets)));
            case null:
                return null;
            default:
                object value = node switch
                {
                    long l => (double)l,
                    SopsTimestamp t => t.Format(),
                    _ => node,
                };
                if (tree.ShouldBeEncrypted(path, [], isComment: false))
                {
                    var secret = value is byte[] bytes ? SecretValue.FromBytes(bytes) : SecretValue.FromString(SopsValues.ValToString(node));
                    secrets.Add((dotted, secret));
                    Redactor.Add(secret);
                }

                return value;
        }
    }
}
