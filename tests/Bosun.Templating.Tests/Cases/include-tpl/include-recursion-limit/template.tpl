{{ include "loop" . }}
