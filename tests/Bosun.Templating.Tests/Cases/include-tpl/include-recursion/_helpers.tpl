{{- define "r" -}}{{ . }}{{ if gt . 0 }}<{{ include "r" (sub . 1) }}>{{ end }}{{- end -}}
