{{ range $i, $row := list (list 1 2) (list 3 4) }}{{ range $j, $c := $row }}{{ $i }}{{ $j }}={{ $c }} {{ end }}{{ end }}
