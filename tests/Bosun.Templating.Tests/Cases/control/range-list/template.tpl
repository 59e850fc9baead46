{{ range .Values.items }}[{{ . }}]{{ end }}
