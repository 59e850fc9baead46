{{ .Values.missing.deeper }}
