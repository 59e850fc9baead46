using System.Globalization;
using Bosun.Core.Values;

namespace Bosun.Engine.Charts.Loading;

/// <summary>
/// helm's <c>loader.LoadDir</c> file walk: .helmignore rules (plus helm's default), symbolic links followed as
/// <c>internal/sympath</c> does (dangling links and loops refused), lexical order, irregular files refused, helm 4's
/// per-file size limit, byte-order marks removed. (helm also refuses pipes, sockets and devices; .NET cannot
/// tell them apart, so they load as empty files.)
/// </summary>
internal sealed class ChartDirectoryReader
{
    private const int MaxPathLength = 4096;
    private static readonly byte[] s_utf8Bom = [0xEF, 0xBB, 0xBF];

    private readonly string _topdir;
    private readonly string _displayPath;
    private readonly int _helmMajor;
    private readonly List<ChartFile> _files = [];
    private readonly List<ChartLoadNotice> _notices;
    private HelmIgnoreRules _rules = HelmIgnoreRules.Parse(string.Empty, out _);

    private ChartDirectoryReader(string topdir, string displayPath, int helmMajor, List<ChartLoadNotice> notices)
    {
        _notices = notices;
        _topdir = topdir;
        _displayPath = displayPath;
        _helmMajor = helmMajor;
    }

    /// <summary>Every file of the chart directory, slash-separated relative names, in helm's walk order.</summary>
    public static List<ChartFile> Read(string directory, string displayPath, int helmMajor, List<ChartLoadNotice> notices)
    {
        string topdir = Path.GetFullPath(directory).TrimEnd('/');
        var reader = new ChartDirectoryReader(topdir.Length == 0 ? "/" : topdir, displayPath, helmMajor, notices);
        reader.ReadIgnoreFile();
        reader.Walk(reader._topdir, string.Empty, isDirectory: true);
        return reader._files;
    }

    private void ReadIgnoreFile()
    {
        string ignoreFile = Path.Combine(_topdir, HelmIgnoreRules.FileName);
        if (!File.Exists(ignoreFile))
        {
            return;
        }

        string text;
        try
        {
            text = File.ReadAllText(ignoreFile);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw ChartErrors.ChartFileUnreadable.Create(HelmIgnoreRules.FileName, ex.Message).ToException();
        }

        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        _rules = HelmIgnoreRules.Parse(text, out var error);
        if (error is { } e)
        {
            throw ChartErrors.HelmIgnoreInvalid.Create(e.Rule, e.Reason).ToException();
        }
    }

    /// <summary>sympath's symwalk for one path whose lstat said link/dir/file.</summary>
    private void Walk(string path, string name, bool isDirectory)
    {
        if (path.Length >= MaxPathLength)
        {
            throw ChartErrors.ChartPathTooLong.Create(path).ToException();
        }

        FileSystemInfo info = isDirectory ? new DirectoryInfo(path) : new FileInfo(path);
        if (name.Length > 0 && info.LinkTarget is not null)
        {
            string resolved = SymlinkResolver.Resolve(path, out string? error);
            if (error is not null)
            {
                throw ChartErrors.SymlinkInvalid.Create(Display(name), error).ToException();
            }

            _notices.Add(new ChartLoadNotice(ChartLoadNoticeKind.SymlinkFollowed, path, resolved));
            Visit(path, name, Directory.Exists(resolved), resolved);
            return;
        }

        Visit(path, name, isDirectory, path);
    }

    private void Visit(string path, string name, bool isDirectory, string resolved)
    {
        if (isDirectory)
        {
            if (name.Length > 0 && _rules.IsIgnored(name, isDirectory: true))
            {
                return;
            }

            var names = new List<string>();
            try
            {
                foreach (var entry in new DirectoryInfo(path).EnumerateFileSystemInfos())
                {
                    names.Add(entry.Name);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw ChartErrors.ChartFileUnreadable.Create(name.Length == 0 ? "." : name, ex.Message).ToException();
            }

            names.Sort(string.CompareOrdinal);
            foreach (string child in names)
            {
                string childPath = path.EndsWith('/') ? path + child : path + "/" + child;
                Walk(childPath, name.Length == 0 ? child : name + "/" + child, Directory.Exists(childPath) && new DirectoryInfo(childPath).LinkTarget is null);
            }

            return;
        }

        if (_rules.IsIgnored(name, isDirectory: false))
        {
            return;
        }

        var file = new FileInfo(resolved);
        if (_helmMajor >= 4 && file.Length > ChartArchiveReader.MaxFileSize)
        {
            throw ChartErrors.ChartFileTooLarge.Create(
                GoStrconv.Quote(file.Name), ChartArchiveReader.MaxFileSize.ToString(CultureInfo.InvariantCulture)).ToException();
        }

        byte[] data;
        try
        {
            // .NET cannot tell pipes, sockets and devices from regular files (helm refuses them); they report a
            // length of 0, so empty files are never opened and loading cannot block on a pipe.
            data = file.Length == 0 ? [] : File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw ChartErrors.ChartFileUnreadable.Create(name, ex.Message).ToException();
        }

        if (data.AsSpan().StartsWith(s_utf8Bom))
        {
            data = data[s_utf8Bom.Length..];
        }

        _files.Add(new ChartFile(name, data));
    }

    private string Display(string name) => ChartLoader.JoinDisplay(_displayPath, name);
}
