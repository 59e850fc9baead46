{{ range $k, $v := .Values.m }}{{ $k }}:{{ typeOf $k }} {{ end }}
