{{ include "outer" . }}
