{{ .Capabilities.KubeVersion.String }} {{ .Capabilities.KubeVersion.GitVersion }}
