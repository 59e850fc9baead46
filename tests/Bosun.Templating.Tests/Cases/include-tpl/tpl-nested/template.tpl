{{ tpl "{{ tpl \"{{ .Release.Name }}\" . }}" . }}
