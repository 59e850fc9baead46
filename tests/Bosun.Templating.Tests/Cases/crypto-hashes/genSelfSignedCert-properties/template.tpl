{{ $c := genSelfSignedCert "example.com" (list "10.0.0.1") (list "example.com" "www.example.com") 30 }}{{ hasPrefix "-----BEGIN CERTIFICATE-----" $c.Cert }} {{ contains "PRIVATE KEY" $c.Key }}
