{{ $ca := genCA "my-ca" 365 }}{{ hasPrefix "-----BEGIN CERTIFICATE-----" $ca.Cert }} {{ hasPrefix "-----BEGIN RSA PRIVATE KEY-----" $ca.Key }} {{ typeOf $ca }} {{ hasSuffix "\n" $ca.Cert }}
