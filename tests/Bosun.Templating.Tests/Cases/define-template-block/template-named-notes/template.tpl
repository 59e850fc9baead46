{{ define "inner" }}{{ .Template.Name }}|{{ .Template.BasePath }}{{ end }}{{ template "inner" . }}
