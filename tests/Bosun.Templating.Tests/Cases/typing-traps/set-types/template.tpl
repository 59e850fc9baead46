{{ range $k, $v := .Values }}{{ $k }}={{ $v }}:{{ typeOf $v }} {{ end }}
