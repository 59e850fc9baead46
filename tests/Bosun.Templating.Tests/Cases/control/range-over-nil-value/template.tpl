{{ range .Values.n }}x{{ else }}else-branch{{ end }}
