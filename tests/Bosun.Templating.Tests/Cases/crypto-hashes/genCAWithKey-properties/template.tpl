{{ $k := genPrivateKey "ecdsa" }}{{ $ca := genCAWithKey "ca" 10 $k }}{{ eq $ca.Key $k }} {{ hasPrefix "-----BEGIN CERTIFICATE-----" $ca.Cert }}
