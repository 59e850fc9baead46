{{ range .Values }}{{ else if true }}{{ end }}
