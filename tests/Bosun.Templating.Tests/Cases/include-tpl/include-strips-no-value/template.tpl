[{{ include "t" . }}]
