{{ include "t" . | upper | quote }} {{ include "t" . | nindent 2 }}
