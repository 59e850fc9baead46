{{ range .Values.count }}{{ . }}{{ end }}
