{{ range $v := list "x" "y" }}{{ $v }}{{ end }}
