{{ define "t" }}{{ . }}{{ end }}
