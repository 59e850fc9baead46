{{ .Capabilities.APIVersions.Has.x }}
