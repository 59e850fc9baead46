{{ range $k, $v := .Values.m }}{{ $k }}={{ typeOf $v }} {{ end }}
