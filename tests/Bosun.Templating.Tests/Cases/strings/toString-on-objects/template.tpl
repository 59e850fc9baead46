{{ toString .Capabilities.KubeVersion }} {{ toString (semver "1.2.3") }}
