{{ range until 3 }}{{ . }}{{ end }} {{ range $i, $e := splitList "," "a,b" }}{{ $i }}{{ $e }}{{ end }}
