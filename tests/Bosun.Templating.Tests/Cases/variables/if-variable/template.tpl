{{ if $v := .Values.flag }}yes {{ $v }}{{ end }}
