{{ .Capabilities.APIVersions.Has "v1" }} {{ .Capabilities.APIVersions.Has "apps/v1" }} {{ .Capabilities.APIVersions.Has "nope/v1" }} {{ .Capabilities.APIVersions.Has "batch/v1" }}
