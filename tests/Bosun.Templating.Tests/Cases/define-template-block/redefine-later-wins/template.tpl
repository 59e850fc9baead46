{{ include "x" . }}
