{{ with .Values.a }}{{ if .enabled }}{{ with .name }}name={{ . }}{{ end }}{{ end }}{{ end }}
