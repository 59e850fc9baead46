{{- define "t" -}}{{ .item }}@{{ .top.Release.Name }}{{- end -}}
