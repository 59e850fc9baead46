{{ .Capabilities.APIVersions.Has }}
