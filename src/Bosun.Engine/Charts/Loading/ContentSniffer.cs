namespace Bosun.Engine.Charts.Loading;

/// <summary>
/// A subset of Go's <c>http.DetectContentType</c> (first 512 bytes) for helm's "not a gzipped archive" message:
/// HTML, XML, PDF, PostScript, common image and archive signatures, UTF-16/UTF-8 byte-order marks, then text or
/// binary by Go's binary-byte rule.
/// </summary>
internal static class ContentSniffer
{
    private static readonly string[] s_htmlTags =
    [
        "<!DOCTYPE HTML", "<HTML", "<HEAD", "<SCRIPT", "<IFRAME", "<H1", "<DIV", "<FONT", "<TABLE", "<A", "<STYLE",
        "<TITLE", "<B", "<BODY", "<BR", "<P", "<!--",
    ];

    private static readonly (byte[] Signature, string Type)[] s_exact =
    [
        ("%PDF-"u8.ToArray(), "application/pdf"),
        ("%!PS-Adobe-"u8.ToArray(), "application/postscript"),
        ([0xFE, 0xFF], "text/plain; charset=utf-16be"),
        ([0xFF, 0xFE], "text/plain; charset=utf-16le"),
        ([0xEF, 0xBB, 0xBF], "text/plain; charset=utf-8"),
        ("GIF87a"u8.ToArray(), "image/gif"),
        ("GIF89a"u8.ToArray(), "image/gif"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png"),
        ([0xFF, 0xD8, 0xFF], "image/jpeg"),
        ("BM"u8.ToArray(), "image/bmp"),
        ([0x1F, 0x8B, 0x08], "application/x-gzip"),
        ("PK\u0003\u0004"u8.ToArray(), "application/zip"),
        ("Rar!\u001A\u0007\u0000"u8.ToArray(), "application/x-rar-compressed"),
        ("Rar!\u001A\u0007\u0001\u0000"u8.ToArray(), "application/x-rar-compressed"),
        ([0x00, 0x61, 0x73, 0x6D], "application/wasm"),
    ];

    /// <summary>
    /// The MIME type Go reports for helm's 512-byte read buffer: a shorter file leaves zero bytes in the buffer,
    /// so it sniffs as binary unless a signature matches first.
    /// </summary>
    public static string Detect(ReadOnlySpan<byte> file)
    {
        Span<byte> data = stackalloc byte[512];
        file[..Math.Min(file.Length, 512)].CopyTo(data);

        int first = 0;
        while (first < data.Length && data[first] is (byte)'\t' or (byte)'\n' or 0x0C or (byte)'\r' or (byte)' ')
        {
            first++;
        }

        var trimmed = data[first..];
        foreach (string tag in s_htmlTags)
        {
            if (trimmed.Length > tag.Length && StartsWithFold(trimmed, tag) && trimmed[tag.Length] is (byte)' ' or (byte)'>')
            {
                return "text/html; charset=utf-8";
            }
        }

        if (trimmed.StartsWith("<?xml"u8))
        {
            return "text/xml; charset=utf-8";
        }

        foreach (var (signature, type) in s_exact)
        {
            if (data.StartsWith(signature))
            {
                return type;
            }
        }

        foreach (byte b in trimmed)
        {
            if (b <= 0x08 || b == 0x0B || (b >= 0x0E && b <= 0x1A) || (b >= 0x1C && b <= 0x1F))
            {
                return "application/octet-stream";
            }
        }

        return "text/plain; charset=utf-8";
    }

    private static bool StartsWithFold(ReadOnlySpan<byte> data, string tag)
    {
        for (int i = 0; i < tag.Length; i++)
        {
            byte b = data[i];
            if (b is >= (byte)'a' and <= (byte)'z')
            {
                b -= 0x20;
            }

            if (b != (byte)tag[i])
            {
                return false;
            }
        }

        return true;
    }
}
