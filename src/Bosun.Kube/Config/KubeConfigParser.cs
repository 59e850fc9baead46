using Bosun.Core.Diagnostics;
using Bosun.Core.Text;
using Bosun.Core.Yaml;
using Bosun.Kube.Diagnostics;

namespace Bosun.Kube.Config;

/// <summary>
/// Reads one kubeconfig file (clientcmd v1 <c>Config</c>) from positioned YAML nodes, so a wrong type is reported
/// with file, line and column. Unknown fields are ignored, as clientcmd does; duplicate names in a list are errors.
/// Relative file references (certificate-authority, client-certificate, client-key, tokenFile, and an exec command
/// that contains a path separator) are resolved against the file's directory.
/// </summary>
public static partial class KubeConfigParser
{
    /// <summary>Reads and parses a kubeconfig file; throws <see cref="BosunException"/> (BOSUN5002) when it is malformed.</summary>
    public static KubeConfig LoadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw KubeErrors.KubeconfigInvalid.Create(path, e.Message).ToException();
        }

        return Parse(new SourceFile(path, text), Path.GetDirectoryName(Path.GetFullPath(path)) ?? string.Empty);
    }

    /// <summary>Parses kubeconfig text; relative paths are resolved against <paramref name="baseDirectory"/>.</summary>
    public static KubeConfig Parse(SourceFile file, string baseDirectory)
    {
        var (documents, diagnostics) = YamlDocumentLoader.Load(file);
        if (diagnostics.FirstOrDefault(d => d.Severity == Severity.Error) is { } syntax)
        {
            throw (KubeErrors.KubeconfigInvalid.At(syntax.Location, file.Path, syntax.Message) with { Related = syntax.Related }).ToException();
        }

        var config = new KubeConfig();
        config.Files.Add(file.Path);
        var reader = new Reader(file, baseDirectory);
        if (documents.Count == 0 || reader.IsNull(documents[0].Root))
        {
            return config;
        }

        var root = reader.Mapping(documents[0].Root, "the kubeconfig");
        foreach (var entry in root.Entries)
        {
            string key = reader.Key(entry);
            switch (key)
            {
                case "current-context":
                    config.CurrentContext = reader.String(entry.Value, key);
                    break;
                case "clusters":
                    foreach (var (name, body, location) in reader.NamedList(entry.Value, key, "cluster"))
                    {
                        if (!config.Clusters.TryAdd(name, reader.Cluster(name, body, location)))
                        {
                            throw reader.Error(location, $"duplicate name \"{name}\" in clusters");
                        }
                    }

                    break;
                case "users":
                    foreach (var (name, body, location) in reader.NamedList(entry.Value, key, "user"))
                    {
                        if (!config.Users.TryAdd(name, reader.User(name, body, location)))
                        {
                            throw reader.Error(location, $"duplicate name \"{name}\" in users");
                        }
                    }

                    break;
                case "contexts":
                    foreach (var (name, body, location) in reader.NamedList(entry.Value, key, "context"))
                    {
                        if (!config.Contexts.TryAdd(name, reader.Context(name, body, location)))
                        {
                            throw reader.Error(location, $"duplicate name \"{name}\" in contexts");
                        }
                    }

                    break;
            }
        }

        return config;
    }
}
