{{ with .Values.a }}a={{ . }}{{ else }}no a{{ end }} {{ with .Values.missing }}x{{ else }}no missing{{ end }}
