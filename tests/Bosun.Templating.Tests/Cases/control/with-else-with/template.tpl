{{ with .Values.x }}x{{ else with .Values.y }}y={{ . }}{{ else }}none{{ end }}
