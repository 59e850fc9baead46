{{ range .Values.ports }}{{ .name }}:{{ .port }} {{ end }}
