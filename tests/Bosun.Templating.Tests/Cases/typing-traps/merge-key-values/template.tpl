{{ .Values.derived | toJson }}
