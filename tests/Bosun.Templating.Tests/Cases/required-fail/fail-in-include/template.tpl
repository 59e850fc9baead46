{{ include "f" . }}
