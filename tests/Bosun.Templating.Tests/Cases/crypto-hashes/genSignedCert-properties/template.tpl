{{ $ca := genCA "ca" 10 }}{{ $c := genSignedCert "svc" nil (list "svc.default") 10 $ca }}{{ hasPrefix "-----BEGIN CERTIFICATE-----" $c.Cert }} {{ ne $c.Cert $ca.Cert }}
