{{ if .Values.x }}x{{ else with .Values.y }}y={{ . }}{{ end }}
