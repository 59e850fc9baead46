{{- define "helper" -}}
chart={{ .Chart.Name }} release={{ .Release.Name }}
{{- end -}}
