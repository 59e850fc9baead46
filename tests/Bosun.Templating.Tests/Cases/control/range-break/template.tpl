{{ range list 1 2 3 4 5 }}{{ if eq . 3 }}{{ break }}{{ end }}{{ . }}{{ end }}
