{{ range .Values.nums }}{{ . }} {{ end }}
