{{ $k := genPrivateKey "rsa" }}{{ hasPrefix "-----BEGIN RSA PRIVATE KEY-----\n" $k }} {{ hasSuffix "-----END RSA PRIVATE KEY-----\n" $k }}
