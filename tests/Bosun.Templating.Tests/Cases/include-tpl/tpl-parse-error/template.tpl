{{ tpl "{{ .Values.x" . }}
