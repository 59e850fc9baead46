{{ range $i, $e := list "a" "b" }}{{ . }}{{ $e }}{{ end }}
