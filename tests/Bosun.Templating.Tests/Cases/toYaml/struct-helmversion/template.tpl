{{ toYaml .Capabilities.HelmVersion }}
