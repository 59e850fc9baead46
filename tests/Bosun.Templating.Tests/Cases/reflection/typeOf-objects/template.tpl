{{ typeOf .Capabilities }} {{ typeOf .Capabilities.APIVersions }} {{ typeOf .Capabilities.KubeVersion }} {{ typeOf .Capabilities.HelmVersion }}
