{{ .Capabilities.KubeVersion }}
