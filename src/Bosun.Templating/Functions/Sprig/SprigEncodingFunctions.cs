using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// Sprig encoding: b64enc, b64dec, b32enc, b32dec. The decoders return Go's error text as the
/// value instead of failing (sprig ignores the error), exactly as Go's encoding/base64 and
/// encoding/base32 report it (<c>illegal base64 data at input byte 4</c>).
/// </summary>
internal static class SprigEncodingFunctions
{
    private static readonly GoSignature s_string = GoSignature.Of(GoType.String);

    public static void Register(FunctionTable.Builder table)
    {
        table.Add("b64enc", s_string, args => Convert.ToBase64String(GoString.ToUtf8((string)args[0]!)));
        table.Add("b64dec", s_string, args => Base64Decode((string)args[0]!));
        table.Add("b32enc", s_string, args => SprigEncodingBase32.Encode(GoString.ToUtf8((string)args[0]!)));
        table.Add("b32dec", s_string, args => Base32Decode((string)args[0]!));
    }

    /// <summary>sprig base64decode: the decoded text, or the decoder's error message.</summary>
    public static string Base64Decode(string value)
    {
        var error = SprigEncodingBase64.TryDecode(GoString.ToUtf8(value), out var data);
        return error ?? GoBytesToString(data);
    }

    /// <summary>sprig base32decode: the decoded text, or the decoder's error message.</summary>
    public static string Base32Decode(string value)
    {
        var error = SprigEncodingBase32.TryDecode(GoString.ToUtf8(value), out var data);
        return error ?? GoBytesToString(data);
    }

    /// <summary>Go's string(bytes) as a .NET string: UTF-8, invalid bytes carried as <see cref="GoString"/> escapes.</summary>
    public static string GoBytesToString(ReadOnlySpan<byte> bytes) => GoString.FromUtf8(bytes);
}
