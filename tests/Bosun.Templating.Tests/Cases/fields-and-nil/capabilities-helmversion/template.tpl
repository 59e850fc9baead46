{{ .Capabilities.HelmVersion.Version }} {{ .Capabilities.HelmVersion.GoVersion }}
