{{ range list 1 2 }}{{ range list "a" "b" "c" }}{{ if eq . "b" }}{{ break }}{{ end }}{{ . }}{{ end }}{{ . }};{{ end }}
