{{ $ca := genCA "ca" 1 }}{{ $c := genSignedCert "cn" .Values.ips .Values.dns 1 $ca }}{{ hasPrefix "-----BEGIN CERTIFICATE-----" $c.Cert }}
