{{ genSelfSignedCert "cn" (list "not-an-ip") nil 1 }}
