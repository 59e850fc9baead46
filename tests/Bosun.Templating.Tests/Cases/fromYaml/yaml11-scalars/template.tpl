{{ $m := fromYaml "a: yes\nb: off\nc: ~\nd: 0x10\ne: 010\nf: 1e3\ng: .5\nh: 1_000\ni: 0o17" }}{{ range $k, $v := $m }}{{ $k }}={{ $v }}({{ typeOf $v }}) {{ end }}
