{{ $ca := genCA "ca" 10 }}{{ $k := genPrivateKey "ed25519" }}{{ $c := genSignedCertWithKey "cn" nil nil 5 $ca $k }}{{ eq $c.Key $k }} {{ hasPrefix "-----BEGIN CERTIFICATE-----" $c.Cert }}
