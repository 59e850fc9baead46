{{ define "t" }}[{{ . }}]{{ end }}{{ template "t" }}
