{{ toYaml .Capabilities.KubeVersion }}
