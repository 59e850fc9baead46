{{ range $k, $v := .Values }}{{ $k }}:{{ typeOf $v }} {{ end }}
