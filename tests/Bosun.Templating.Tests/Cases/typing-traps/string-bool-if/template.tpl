{{ if .Values.s }}truthy{{ end }} {{ if eq .Values.s "false" }}is-string-false{{ end }}
