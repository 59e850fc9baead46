{{- define "t" -}}x: y{{- end -}}
