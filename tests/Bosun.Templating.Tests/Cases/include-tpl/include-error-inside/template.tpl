{{ include "bad" . }}
