{{ with .Values.a }}{{ range $.Values.list }}{{ . }}{{ end }}{{ end }}
