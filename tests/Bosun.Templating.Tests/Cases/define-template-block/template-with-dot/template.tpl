{{ define "t" }}{{ .Release.Name }}{{ end }}{{ template "t" . }}
