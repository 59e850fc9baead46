{{ if .Values.a }}A{{ else }}not A{{ end }} {{ if .Values.b }}B{{ else }}not B{{ end }}
