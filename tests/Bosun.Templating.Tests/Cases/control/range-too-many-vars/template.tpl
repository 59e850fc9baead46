{{ range $a, $b, $c := list 1 }}{{ end }}
