{{ range .Values.m }}{{ . }},{{ end }}
