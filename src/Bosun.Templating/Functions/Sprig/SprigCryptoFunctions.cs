namespace Bosun.Templating.Functions.Sprig;

/// <summary>Sprig crypto: sha1sum, sha256sum, sha512sum, adler32sum, bcrypt, htpasswd, derivePassword, encryptAES, decryptAES, genPrivateKey, genCA, genCAWithKey, genSelfSignedCert, genSelfSignedCertWithKey, genSignedCert, genSignedCertWithKey, buildCustomCert, randBytes.</summary>
internal static class SprigCryptoFunctions
{
    public static void Register(FunctionTable.Builder table)
    {
        _ = table;
    }
}
