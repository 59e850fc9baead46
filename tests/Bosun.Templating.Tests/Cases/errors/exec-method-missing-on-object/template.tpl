{{ .Capabilities.NoSuchThing }}
