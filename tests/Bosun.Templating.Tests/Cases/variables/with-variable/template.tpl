{{ with $v := .Values.name }}{{ $v }}/{{ . }}{{ end }}
