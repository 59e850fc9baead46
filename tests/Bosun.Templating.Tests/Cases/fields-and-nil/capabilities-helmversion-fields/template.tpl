{{ .Capabilities.HelmVersion.GitTreeState }} {{ .Capabilities.HelmVersion.GitCommit }}
