{{ range chunk 2 .Values.l }}{{ . }};{{ end }}
