{{- define "shared" }}from-sub{{ end -}}
{{- define "sub-helper" }}{{ .Template.Name }}{{ end -}}
