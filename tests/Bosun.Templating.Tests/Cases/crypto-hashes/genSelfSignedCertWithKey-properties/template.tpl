{{ $k := genPrivateKey "rsa" }}{{ $c := genSelfSignedCertWithKey "cn" nil nil 5 $k }}{{ eq $c.Key $k }} {{ hasPrefix "-----BEGIN CERTIFICATE-----" $c.Cert }}
