{{ .Values.v | toString }} {{ .Values.v2 | toString }} {{ printf "%s" (toString .Values.v3) }}
