{{ range .Values }}
