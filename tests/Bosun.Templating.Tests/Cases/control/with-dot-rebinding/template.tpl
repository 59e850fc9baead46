{{ with .Values.server }}{{ .host }}:{{ .port }}{{ end }}
