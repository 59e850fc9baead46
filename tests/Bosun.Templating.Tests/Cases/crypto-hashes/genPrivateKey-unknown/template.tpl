{{ genPrivateKey "foo" }}
