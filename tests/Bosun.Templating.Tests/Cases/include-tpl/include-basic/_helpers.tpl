{{- define "t" -}}rel={{ .Release.Name }}{{- end -}}
