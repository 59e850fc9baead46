{{ if .Values.a }}{{ .Values.a.b }}{{ else }}guarded{{ end }}
