{{- define "t" -}}{{ .name }}@{{ .root.Release.Name }}{{- end -}}
