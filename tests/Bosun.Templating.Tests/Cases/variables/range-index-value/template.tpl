{{ range $i, $v := list "a" "b" "c" }}{{ $i }}={{ $v }} {{ end }}
