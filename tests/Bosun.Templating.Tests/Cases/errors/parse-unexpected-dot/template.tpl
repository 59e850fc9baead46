{{ .Values..a }}
