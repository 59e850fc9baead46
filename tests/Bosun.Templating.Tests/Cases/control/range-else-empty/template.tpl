{{ range .Values.items }}[{{ . }}]{{ else }}empty{{ end }} {{ range .Values.missing }}x{{ else }}nil range{{ end }}
