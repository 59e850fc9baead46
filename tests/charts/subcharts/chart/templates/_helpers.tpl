{{- define "parent.label" -}}
app.kubernetes.io/part-of: {{ .Chart.Name }}-{{ .Release.Name }}
{{- end -}}
