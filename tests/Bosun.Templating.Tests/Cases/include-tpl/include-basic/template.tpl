{{ include "t" . }}
