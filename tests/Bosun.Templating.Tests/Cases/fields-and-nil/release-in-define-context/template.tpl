{{ include "rel" . }}
