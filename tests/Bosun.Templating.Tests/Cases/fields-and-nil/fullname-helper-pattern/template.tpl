{{ include "c.fullname" . }}
