{{ range int64 3 }}{{ . }}{{ end }}
