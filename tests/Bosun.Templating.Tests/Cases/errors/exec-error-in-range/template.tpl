{{ range list 1 2 }}{{ if eq . 2 }}{{ index (list) . }}{{ end }}{{ end }}
