{{ toJson .Release }} {{ toJson .Capabilities.KubeVersion }}
