{{- define "t" -}}{{ .Values.missing }}{{- end -}}
