using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>sprig's <c>certificate</c> struct (fields Cert and Key, PEM text) returned by genCA, genSignedCert and friends.</summary>
internal sealed class SprigCryptoCertificate : IGoObject
{
    /// <summary>Go's type name of the value, <c>sprig.certificate</c>.</summary>
    public static readonly GoType GoType = new("sprig.certificate", GoKind.Struct, isNamed: true);

    private static readonly string[] s_fields = ["Cert", "Key"];

    public SprigCryptoCertificate(string cert, string key)
    {
        Cert = cert;
        Key = key;
    }

    public string Cert { get; }

    public string Key { get; }

    public GoType Type => GoType;

    public IReadOnlyList<string> FieldNames => s_fields;

    public bool TryGetField(string name, out object? value)
    {
        switch (name)
        {
            case "Cert":
                value = Cert;
                return true;
            case "Key":
                value = Key;
                return true;
            default:
                value = null;
                return false;
        }
    }

    public bool TryGetMethod(string name, out GoMethod? method)
    {
        method = null;
        return false;
    }

    public string? GoString() => null;
}
