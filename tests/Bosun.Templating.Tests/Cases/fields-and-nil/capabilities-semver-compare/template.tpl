{{ semverCompare ">=1.21-0" .Capabilities.KubeVersion.GitVersion }} {{ semverCompare "<1.20" .Capabilities.KubeVersion.Version }}
