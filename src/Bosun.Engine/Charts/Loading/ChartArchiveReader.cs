using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using Bosun.Core.Diagnostics;
using Bosun.Core.Values;

namespace Bosun.Engine.Charts.Loading;

/// <summary>
/// helm's <c>archive.LoadArchiveFiles</c>: the files of a gzipped tar chart archive, with the top folder stripped,
/// the path safety checks and (helm 4) the size limits, each refusal with helm's message.
/// </summary>
internal static partial class ChartArchiveReader
{
    /// <summary>helm 4's MaxDecompressedChartSize (100 MiB).</summary>
    public const long MaxChartSize = 100L * 1024 * 1024;

    /// <summary>helm 4's MaxDecompressedFileSize (5 MiB).</summary>
    public const long MaxFileSize = 5L * 1024 * 1024;

    private static readonly byte[] s_utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>True when the failure is gzip's ErrHeader ("gzip: invalid header").</summary>
    public static bool IsGzipHeaderError(Diagnostic diagnostic) =>
        diagnostic.Descriptor == ChartErrors.ArchiveCorrupt && diagnostic.Message == GzipInvalidHeader;

    /// <summary>Go's gzip.ErrHeader text.</summary>
    public const string GzipInvalidHeader = "gzip: invalid header";

    /// <summary>Reads every file of the archive; throws <see cref="BosunException"/> with helm's refusal.</summary>
    public static List<ChartFile> Read(byte[] archive, int helmMajor)
    {
        bool limits = helmMajor >= 4;
        var tar = Decompress(archive, limits);
        var files = new List<ChartFile>();
        long remaining = MaxChartSize;
        using var reader = new TarReader(tar, leaveOpen: false);
        while (true)
        {
            TarEntry? entry;
            try
            {
                entry = reader.GetNextEntry(copyData: false);
            }
            catch (Exception ex) when (ex is EndOfStreamException)
            {
                throw Corrupt("unexpected EOF");
            }
            catch (Exception ex) when (ex is InvalidDataException or FormatException or ArgumentException)
            {
                throw Corrupt("archive/tar: invalid tar header");
            }

            if (entry is null)
            {
                break;
            }

            if (entry.EntryType is TarEntryType.Directory or TarEntryType.GlobalExtendedAttributes
                or TarEntryType.ExtendedAttributes)
            {
                continue;
            }

            string name = entry.Name;
            string delimiter = name.Contains('\\', StringComparison.Ordinal) ? "\\" : "/";
            string[] parts = name.Split(delimiter);
            string n = string.Join(delimiter, parts.Skip(1)).Replace(delimiter, "/", StringComparison.Ordinal);
            if (n.StartsWith('/'))
            {
                throw ChartErrors.ArchiveAbsolutePath.Create().ToException();
            }

            n = GoPath.Clean(n);
            if (n == ".")
            {
                throw ChartErrors.ArchiveOutsideBase.Create(GoStrconv.Quote(name)).ToException();
            }

            if (n.StartsWith("..", StringComparison.Ordinal))
            {
                throw ChartErrors.ArchiveParentReference.Create().ToException();
            }

            if (DrivePath().IsMatch(n))
            {
                throw ChartErrors.ArchiveIllegalName.Create().ToException();
            }

            if (parts[0] == "Chart.yaml")
            {
                throw ChartErrors.ArchiveChartYamlNotInBase.Create().ToException();
            }

            long size = entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile
                or TarEntryType.ContiguousFile ? entry.Length : 0;
            if (limits && size > remaining)
            {
                throw TooLarge();
            }

            if (limits && size > MaxFileSize)
            {
                throw ChartErrors.ArchiveFileTooLarge.Create(GoStrconv.Quote(name), MaxFileSize.ToString(CultureInfo.InvariantCulture)).ToException();
            }

            byte[] data = ReadData(entry.DataStream, size);
            remaining -= data.Length;
            if (limits && remaining <= 0)
            {
                throw TooLarge();
            }

            if (data.AsSpan().StartsWith(s_utf8Bom))
            {
                data = data[s_utf8Bom.Length..];
            }

            files.Add(new ChartFile(n, data));
        }

        if (files.Count == 0)
        {
            throw ChartErrors.ArchiveEmpty.Create().ToException();
        }

        return files;
    }

    private static byte[] ReadData(Stream? stream, long size)
    {
        if (stream is null || size == 0)
        {
            return [];
        }

        var buffer = new byte[size];
        try
        {
            stream.ReadExactly(buffer);
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException)
        {
            throw Corrupt("unexpected EOF");
        }

        return buffer;
    }

    /// <summary>gzip.NewReader's header check, then the whole decompressed stream (bounded under helm 4's limits).</summary>
    private static MemoryStream Decompress(byte[] archive, bool limits)
    {
        if (archive.Length == 0)
        {
            throw Corrupt("EOF");
        }

        if (archive.Length < 10)
        {
            throw Corrupt("unexpected EOF");
        }

        if (archive[0] != 0x1F || archive[1] != 0x8B || archive[2] != 8 || (archive[3] & 0xE0) != 0)
        {
            throw Corrupt(GzipInvalidHeader);
        }

        var output = new MemoryStream();
        long bound = limits ? (2 * MaxChartSize) : int.MaxValue;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(archive, writable: false), CompressionMode.Decompress);
            var buffer = new byte[81920];
            int read;
            while ((read = gzip.Read(buffer)) > 0)
            {
                output.Write(buffer, 0, read);
                if (output.Length > bound)
                {
                    throw TooLarge();
                }
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException)
        {
            throw Corrupt("unexpected EOF");
        }

        output.Position = 0;
        return output;
    }

    private static BosunException TooLarge() =>
        ChartErrors.ArchiveTooLarge.Create(MaxChartSize.ToString(CultureInfo.InvariantCulture)).ToException();

    private static BosunException Corrupt(string goMessage) => ChartErrors.ArchiveCorrupt.Create(goMessage).ToException();

    [GeneratedRegex("^[a-zA-Z]:/", RegexOptions.CultureInvariant)]
    private static partial Regex DrivePath();
}
