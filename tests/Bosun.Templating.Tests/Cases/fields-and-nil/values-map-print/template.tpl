{{ .Values }}
